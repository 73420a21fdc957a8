namespace PreAuthKit.Model;

/// <summary>The denial being appealed and what the appeal offers against it.</summary>
public sealed record Appeal
{
    /// <summary>The level of this appeal.</summary>
    public AppealLevel Level { get; init; } = AppealLevel.FirstInternal;

    /// <summary>Claim or reference number of the denied claim or request.</summary>
    public string ClaimNumber { get; init; } = "";

    /// <summary>Date of service of the denied claim (absent for a pre-service denial).</summary>
    public DateOnly? DateOfService { get; init; }

    /// <summary>Date of the denial notice.</summary>
    public DateOnly DenialDate { get; init; }

    /// <summary>The denial reason exactly as written in the notice.</summary>
    public string? DenialReason { get; init; }

    /// <summary>The denial code with its group code (e.g. <c>CO-50</c>).</summary>
    public string DenialCode { get; init; } = "";

    /// <summary>Date of the final internal denial; required for an external review.</summary>
    public DateOnly? FinalInternalDenialDate { get; init; }

    /// <summary>Dates earlier appeals on this claim were filed.</summary>
    public IReadOnlyList<DateOnly> EarlierAppealDates { get; init; } = [];

    /// <summary>The clinic's arguments against the denial, point by point.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>New evidence enclosed with the appeal.</summary>
    public IReadOnlyList<string> NewEvidence { get; init; } = [];

    /// <summary>Whether expedited handling is requested.</summary>
    public bool Expedited { get; init; }

    /// <summary>Whether a peer-to-peer conversation with the payer's reviewer is requested.</summary>
    public bool PeerToPeerRequested { get; init; }
}

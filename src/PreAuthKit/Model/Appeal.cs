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

    /// <summary>The authorization request filed before the service, when the clinic's records show one (authorization denials, CARC 197/198).</summary>
    public OriginalRequest? OriginalRequest { get; init; }

    /// <summary>Who files the appeal. Defaults to <see cref="Model.Appellant.Provider"/> (on the patient's behalf).</summary>
    public Appellant Appellant { get; init; } = Appellant.Provider;

    /// <summary>
    /// Title of the signed designation of the appellant as the patient's authorized representative,
    /// enclosed with the appeal (e.g. "Designation of authorized representative, signed 11/15/2026";
    /// CMS-1696 for Medicare). Needed when someone other than the patient appeals (29 CFR 2560.503-1(b)(4)).
    /// </summary>
    public string? RepresentativeDesignation { get; init; }

    /// <summary>Name of the representative, when <see cref="Appellant"/> is <see cref="Model.Appellant.Representative"/>.</summary>
    public string? RepresentativeName { get; init; }

    /// <summary>The representative's relationship to the patient (e.g. "spouse").</summary>
    public string? RepresentativeRelationship { get; init; }
}

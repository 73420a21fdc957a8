namespace PreAuthKit.Model;

/// <summary>The denial being appealed and what the appeal offers against it.</summary>
public sealed record Appeal
{
    /// <summary>The level of this appeal.</summary>
    public AppealLevel Level { get; init; } = AppealLevel.FirstInternal;

    /// <summary>Claim or reference number of the denied claim or request.</summary>
    public string ClaimNumber { get; init; } = "";

    /// <summary>
    /// Date of service of the denied claim (absent for a pre-service denial). When present it selects
    /// the ICD-10-CM code set: the one valid when the service was furnished (45 CFR 162.1000).
    /// </summary>
    public DateOnly? DateOfService { get; init; }

    /// <summary>Date of the denial notice.</summary>
    public DateOnly DenialDate { get; init; }

    /// <summary>
    /// The date the notice this appeal answers was received (the denial notice; for a second-level
    /// appeal the first-level decision; for external review the final internal denial). Optional:
    /// deadlines that run from receipt (29 CFR 2560.503-1(h)(3)(i), 42 CFR 405.942(a), 45 CFR
    /// 147.136(d)(2)(i)) use it, and presume receipt when it is absent.
    /// </summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>The denial reason exactly as written in the notice.</summary>
    public string? DenialReason { get; init; }

    /// <summary>The denial code with its group code (e.g. <c>CO-50</c>).</summary>
    public string DenialCode { get; init; } = "";

    /// <summary>Date of the first-level appeal decision; a second-level internal appeal counts its deadline from it.</summary>
    public DateOnly? FirstLevelDecisionDate { get; init; }

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

    /// <summary>Why expedited handling is needed (the standard time frame would seriously jeopardize life, health or the ability to regain maximum function). The case's <c>urgencyReason</c> also counts.</summary>
    public string? UrgencyReason { get; init; }

    /// <summary>
    /// Why the appeal is filed late, when it is (good cause for late filing: 42 CFR 405.942(b) for
    /// Medicare, 42 CFR 422.582(c) for Medicare Advantage, plan and state rules otherwise). A passed
    /// deadline is then a warning instead of a blocking error, and the letter asks the payer to accept
    /// the late filing for this reason.
    /// </summary>
    public string? GoodCauseForLateFiling { get; init; }

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

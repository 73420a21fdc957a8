namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary>
    /// <c>PAK-APL-014</c> to <c>PAK-APL-023</c>: filing deadlines and routes an appeals specialist
    /// applies (receipt-based windows, good cause, second level, Medicare routes, expedited review).
    /// The windows and their sources are listed on <see cref="Appeals.AppealDeadlineCalculator"/>.
    /// </summary>
    public static class AppealFiling
    {
        private const FindingSection S = FindingSection.Appeal;

        public static FindingDefinition DatesOutOfRange { get; } = new("PAK-APL-014", FindingSeverity.Error, S, "appeal.denialDate",
            "the appeal's dates put the deadline after 9999-12-31: not computable (never a crash)",
            "The appeal's dates are out of range: the filing deadline would fall after 9999-12-31. Check denialDate, receivedOn, firstLevelDecisionDate and finalInternalDenialDate.");

        public static FindingDefinition ReceivedOutOfRange { get; } = new("PAK-APL-015", FindingSeverity.Error, S, "appeal.receivedOn",
            "`receivedOn` between the date of the notice it refers to and the submission date (29 CFR 2560.503-1(h)(3)(i); 42 CFR 405.942(a); 45 CFR 147.136(d)(2)(i))",
            "The date the notice was received (receivedOn) must fall between the notice's date and the submission date: check both dates.");

        public static FindingDefinition MedicareMayArriveLate { get; } = new("PAK-APL-016", FindingSeverity.Warning, S, "appeal.denialDate",
            "Medicare: fewer than `MedicareMailDays` (5) days left; the request is filed when the contractor receives it (42 CFR 405.942(a)(2))",
            "A Medicare appeal counts as filed when the contractor receives it, not when it is sent (42 CFR 405.942(a)(2)), and only {0} day(s) remain (due {1:yyyy-MM-dd}): fax it or send it electronically, or by a carrier with proof of delivery.");

        public static FindingDefinition LateWithGoodCause { get; } = new("PAK-APL-017", FindingSeverity.Warning, S, "appeal.goodCauseForLateFiling",
            "deadline passed but good cause for late filing is stated: a warning instead of `PAK-APL-007`, and the letter asks the payer to accept it (42 CFR 405.942(b); 42 CFR 422.582(c); plan and state rules)",
            "The appeal deadline passed {0} day(s) before the submission date (due {1:yyyy-MM-dd}: {2}). Good cause for late filing is stated, so the letter asks the payer to accept it; the payer decides whether it does.");

        public static FindingDefinition FirstLevelDecisionMissing { get; } = new("PAK-APL-018", FindingSeverity.Warning, S, "appeal.firstLevelDecisionDate",
            "second-level internal appeal without `firstLevelDecisionDate` (its deadline counts from the first-level decision; the original denial, the earlier date, was used)",
            "A second-level appeal counts its deadline from the first-level decision, which is not given: enter firstLevelDecisionDate (the deadline was counted from the original denial, the earlier date).");

        public static FindingDefinition FirstLevelDecisionOutOfRange { get; } = new("PAK-APL-019", FindingSeverity.Error, S, "appeal.firstLevelDecisionDate",
            "`firstLevelDecisionDate` between the original denial and the submission date",
            "The first-level decision date must fall between the original denial and the submission date: check the dates.");

        public static FindingDefinition ExternalReviewOriginalMedicare { get; } = new("PAK-APL-020", FindingSeverity.Error, S, "appeal.level",
            "external review requested for Original Medicare, which has none: the next level is QIC reconsideration (42 CFR 405.960ff.)",
            "Original Medicare has no external review under state or ACA rules: after a redetermination the next level is reconsideration by a Qualified Independent Contractor (QIC), requested within 180 days of receiving the redetermination (42 CFR 405.960-405.978). Choose second-internal for the QIC reconsideration.");

        public static FindingDefinition ExternalReviewMedicareAdvantage { get; } = new("PAK-APL-021", FindingSeverity.Warning, S, "appeal.level",
            "external review requested for Medicare Advantage: CMS's levels are the plan's reconsideration and the Independent Review Entity (42 CFR 422.578-422.592)",
            "Medicare Advantage plans have no state external review: the plan's reconsideration (first-internal, 42 CFR 422.578-422.582) is the appeal, and a reconsideration the plan upholds goes to the Independent Review Entity automatically (42 CFR 422.592).");

        public static FindingDefinition OriginalMedicareFirstLevel { get; } = new("PAK-APL-022", FindingSeverity.Warning, S, "appeal.level",
            "`first-internal` on Original Medicare: the first level is a redetermination, and its deadline is applied (42 CFR 405.940-405.958)",
            "For Original Medicare the first appeal is a redetermination (42 CFR 405.940-405.958): choose medicare-redetermination. The deadline was computed as one: 120 days from receipt of the initial determination.");

        public static FindingDefinition ExpeditedWithoutReason { get; } = new("PAK-APL-023", FindingSeverity.Warning, S, "appeal.urgencyReason",
            "expedited review requested without `appeal.urgencyReason` or `urgencyReason` (29 CFR 2560.503-1(m)(1); 42 CFR 422.584; 45 CFR 147.136(d)(3))",
            "Expedited review is requested without a reason: say how waiting the standard time could seriously jeopardize the patient's life, health or ability to regain maximum function (appeal.urgencyReason), or the payer will handle it as standard.");

        public static FindingDefinition ServiceAfterDenial { get; } = new("PAK-APL-024", FindingSeverity.Error, S, "appeal.dateOfService",
            "`appeal.dateOfService` after the denial date (a claim is denied after the service; the date also selects the ICD-10-CM code set, 45 CFR 162.1000(a))",
            "The date of service (appeal.dateOfService) is after the date of the denial notice: a claim is denied after the service was furnished. Check both dates; leave dateOfService empty for a pre-service denial.");
    }
}

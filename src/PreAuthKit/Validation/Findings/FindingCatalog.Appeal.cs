namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary>
    /// <c>PAK-APL</c>: the denial being appealed. Deadlines: 29 CFR 2560.503-1(h)(3)(i) (180 days,
    /// ERISA), 42 CFR 422.582 (65 days, Medicare Advantage), 42 CFR 405.942 (120 days, Medicare
    /// redetermination), 45 CFR 147.136(d) (external review); see <c>docs/case-file.md</c>.
    /// </summary>
    public static class Appeal
    {
        private const FindingSection S = FindingSection.Appeal;

        public static FindingDefinition ClaimNumberMissing { get; } = new("PAK-APL-001", FindingSeverity.Error, S, "appeal.claimNumber",
            "claim or reference number present", "Claim or reference number is missing: copy it from the denial notice.");

        public static FindingDefinition DenialDateMissing { get; } = new("PAK-APL-002", FindingSeverity.Error, S, "appeal.denialDate",
            "denial date present", "Denial date is missing: enter the date printed on the denial notice (YYYY-MM-DD).");

        public static FindingDefinition DenialDateInFuture { get; } = new("PAK-APL-003", FindingSeverity.Error, S, "appeal.denialDate",
            "denial date not in the future", "Denial date is in the future: check the date on the denial notice.");

        public static FindingDefinition DenialAfterSubmission { get; } = new("PAK-APL-004", FindingSeverity.Error, S, "appeal.denialDate",
            "denial date not after the submission date", "Denial date is after the submission date: an appeal is filed after the denial; check both dates.");

        public static FindingDefinition FinalDenialMissing { get; } = new("PAK-APL-005", FindingSeverity.Error, S, "appeal.finalInternalDenialDate",
            "external review requires a final internal denial",
            "External review needs a final internal denial: appeal internally first, then enter the date of the final internal denial (finalInternalDenialDate).");

        public static FindingDefinition FinalDenialOutOfRange { get; } = new("PAK-APL-006", FindingSeverity.Error, S, "appeal.finalInternalDenialDate",
            "between the first denial and the submission date",
            "Final internal denial date must fall between the first denial and the submission date: check the dates.");

        public static FindingDefinition DeadlinePassed { get; } = new("PAK-APL-007", FindingSeverity.Error, S, "appeal.denialDate",
            "filing deadline passed (the message says by how many days) and no good cause stated (`PAK-APL-017` when it is); windows from receipt where the rule says so: 29 CFR 2560.503-1(h)(3)(i), 42 CFR 405.942(a), 45 CFR 147.136(d)(2)(i); from the notice date: 42 CFR 422.582(b), 42 CFR 438.402(c)(2)(ii); state windows in `Appeals/Data/state-external-review.tsv`",
            "The appeal deadline passed {0} day(s) before the submission date (due {1:yyyy-MM-dd}: {2}). If there was good cause for the delay (e.g. the notice arrived late, serious illness), state it in appeal.goodCauseForLateFiling and the letter will ask the payer to accept the late filing (42 CFR 405.942(b) for Medicare; plan and state rules).");

        public static FindingDefinition DeadlineClose { get; } = new("PAK-APL-008", FindingSeverity.Warning, S, "appeal.denialDate",
            "14 days or fewer left before the deadline (`AppealDeadlineOptions.WarningWindowDays`)",
            "Only {0} day(s) remain before the appeal deadline (due {1:yyyy-MM-dd}: {2}): send the appeal now, by fax or with proof of delivery.");

        public static FindingDefinition DenialCodeMissing { get; } = new("PAK-APL-009", FindingSeverity.Warning, S, "appeal.denialCode",
            "denial code present", "Denial code is missing: copy the group and reason code from the notice or remittance (e.g. CO-50).", Checklist: true);

        public static FindingDefinition DenialCodeUnknown { get; } = new("PAK-APL-010", FindingSeverity.Warning, S, "appeal.denialCode",
            "denial code not known (group CO/PR/OA/PI/CR and a listed reason)",
            "Denial code is not one PreAuthKit knows (expected a group code CO, PR, OA, PI or CR and a reason such as 50, 96 or 197): check it against the notice; the letter will quote it as written.");

        public static FindingDefinition RedeterminationNotMedicare { get; } = new("PAK-APL-011", FindingSeverity.Warning, S, "appeal.level",
            "Medicare redetermination on a plan that is not Original Medicare",
            "Medicare redetermination applies to Original Medicare only: for this plan type choose first-internal, second-internal or external-review.");

        public static FindingDefinition SectionMissing { get; } = new("PAK-APL-012", FindingSeverity.Error, S, "appeal",
            "an appeal letter was requested for a case without an `appeal` section",
            "An appeal letter needs the 'appeal' section of the case (claim number, denial date, denial reason and code, level).");

        public static FindingDefinition NoNewEvidence { get; } = new("PAK-APL-013", FindingSeverity.Warning, S, "appeal.newEvidence",
            "new evidence answering the denial reason listed",
            "Appeal: list the new evidence enclosed that answers the denial reason (e.g. updated assessment, photographs, range-of-motion measurements).", Checklist: true);
    }

    /// <summary><c>PAK-LAYOUT</c>: the laid-out document (raised by the layout stage when rendering; the layout stage spells the codes, this entry defines them).</summary>
    public static class Layout
    {
        private const FindingSection S = FindingSection.Layout;

        public static FindingDefinition MissingGlyph { get; } = new("PAK-LAYOUT-001", FindingSeverity.Warning, S, "$",
            "a character the embedded fonts lack printed as `?` (the message gives its code point)", "{0}");

        public static FindingDefinition MissingImage { get; } = new("PAK-LAYOUT-002", FindingSeverity.Warning, S, "$",
            "an image placeholder had no image (a placeholder box is printed)", "{0}");

        public static FindingDefinition TooTall { get; } = new("PAK-LAYOUT-003", FindingSeverity.Warning, S, "$",
            "a block taller than a page was drawn past the bottom margin", "{0}");

        public static FindingDefinition PageLimit { get; } = new("PAK-LAYOUT-004", FindingSeverity.Error, S, "$",
            "the document would be longer than 10,000 pages (only a template override can get here); nothing is printed",
            "The letter would be longer than {0:N0} pages, the most a document may have; nothing was printed. Check the templates folder for a runaway loop.");
    }
}

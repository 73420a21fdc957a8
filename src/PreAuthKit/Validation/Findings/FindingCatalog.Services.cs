namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-CPT</c>: CPT/HCPCS services requested (HIPAA code sets, 45 CFR 162.1002).</summary>
    public static class Procedure
    {
        private const FindingSection S = FindingSection.Services;

        public static FindingDefinition NoneListed { get; } = new("PAK-CPT-001", FindingSeverity.Error, S, "procedures",
            "at least one service", "At least one CPT or HCPCS service is required.");

        public static FindingDefinition BadFormat { get; } = new("PAK-CPT-002", FindingSeverity.Error, S, "procedures[i].code",
            "CPT or HCPCS format",
            "Procedure code is not a CPT or HCPCS code: use five digits (17999), four digits and F or T (0479T), or a letter A-V and four digits (J3301).");

        public static FindingDefinition UnlistedNeedsNarrative { get; } = new("PAK-CPT-003", FindingSeverity.Error, S, "procedures[i].description",
            "unlisted code (e.g. `17999`) needs a narrative description (20 characters or more)",
            "{0} is an unlisted-procedure code: describe the service in words (what is done, where, how large an area), at least {1} characters.");

        public static FindingDefinition Units { get; } = new("PAK-CPT-004", FindingSeverity.Error, S, "procedures[i].units",
            "units at least 1", "Units or sessions must be at least 1.");

        public static FindingDefinition EndBeforeStart { get; } = new("PAK-CPT-005", FindingSeverity.Error, S, "procedures[i].endDate",
            "end date not before start date", "End date is before the start date: check both dates.");

        public static FindingDefinition Retroactive { get; } = new("PAK-CPT-006", FindingSeverity.Warning, S, "procedures[i].startDate",
            "starts before the submission date: retroactive authorization is rarely granted",
            "The service starts before the submission date: payers rarely grant retroactive authorization for procedures that look cosmetic. Request authorization before treatment starts.");

        public static FindingDefinition DescriptionMissing { get; } = new("PAK-CPT-007", FindingSeverity.Warning, S, "procedures[i].description",
            "description missing (CPT descriptors are not printed)",
            "Procedure description is missing: describe the service in your own words (CPT descriptors are not printed).");

        public static FindingDefinition Modifier { get; } = new("PAK-CPT-008", FindingSeverity.Error, S, "procedures[i].modifiers[j]",
            "modifier is two letters or digits (a well-formed one outside the documented set `Codes/Data/modifiers.tsv` draws `PAK-CPT-014`)", "A modifier must be two letters or digits (e.g. LT, RT, 59).");

        public static FindingDefinition EmptyEntry { get; } = new("PAK-CPT-009", FindingSeverity.Error, S, "procedures[i]",
            "empty (`null`) entry", "A procedure entry is empty: remove it or fill it in.");
    }
}

namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary>
    /// <c>PAK-POL</c>: medical-policy packs and criteria (<c>docs/policies.md</c>). 0xx refuse a pack (the path is a
    /// JSON path in the pack, the message detail names the rule); 1xx come from evaluating a case against its policy
    /// (warnings; errors under strict validation). Source of the criteria idea: the payer's own policy, which an
    /// adverse determination must name (Tex. Ins. Code §4201.303).
    /// </summary>
    public static class Policy
    {
        private const FindingSection S = FindingSection.MedicalPolicy;

        public static FindingDefinition FileNotFound { get; } = new("PAK-POL-001", FindingSeverity.Error, S, "$ (pack)",
            "policy pack file or folder found and readable", "{0}");

        public static FindingDefinition Malformed { get; } = new("PAK-POL-002", FindingSeverity.Error, S, "$ (pack)",
            "policy pack is valid JSON (line and column given)", "{0}");

        public static FindingDefinition MissingProperty { get; } = new("PAK-POL-003", FindingSeverity.Error, S, "(JSON path in the pack)",
            "required pack property present", "{0}");

        public static FindingDefinition WrongType { get; } = new("PAK-POL-004", FindingSeverity.Error, S, "(JSON path in the pack)",
            "pack value of the right type", "{0}");

        public static FindingDefinition UnknownProperty { get; } = new("PAK-POL-005", FindingSeverity.Error, S, "(JSON path in the pack)",
            "no unknown (misspelt) pack property", "{0}");

        public static FindingDefinition InvalidValue { get; } = new("PAK-POL-006", FindingSeverity.Error, S, "(JSON path in the pack)",
            "valid pack value (kind, code, date, URL, comparison, field, non-empty list)", "{0}");

        public static FindingDefinition DuplicateId { get; } = new("PAK-POL-007", FindingSeverity.Error, S, "$.criteria[i].id",
            "criterion ids unique within a pack", "{0}");

        public static FindingDefinition LimitExceeded { get; } = new("PAK-POL-008", FindingSeverity.Error, S, "(JSON path in the pack)",
            "pack within its limits (1 MiB, 50 criteria, 20 items per group, 3 nested groups, 2000 characters)", "{0}");

        public static FindingDefinition UnsupportedFormat { get; } = new("PAK-POL-009", FindingSeverity.Error, S, "$.format",
            "pack format `preauthkit-policy-pack/1`", "{0}");

        public static FindingDefinition DuplicatePolicy { get; } = new("PAK-POL-010", FindingSeverity.Error, S, "$.policyId",
            "each policy id loaded once", "{0}");

        public static FindingDefinition CriterionNotMet { get; } = new("PAK-POL-101", FindingSeverity.Warning, S, "policy.criteria[id]",
            "every criterion of the case's medical policy met (error under strict)", "{0}");

        public static FindingDefinition NeedsAttestation { get; } = new("PAK-POL-102", FindingSeverity.Warning, S, "policy.attestations",
            "a criterion that needs the physician's attestation has one (error under strict)", "{0}");

        public static FindingDefinition PolicyNotLoaded { get; } = new("PAK-POL-103", FindingSeverity.Warning, S, "policy.id",
            "the policy the case names is loaded (error under strict)", "{0}");

        public static FindingDefinition SeveralPolicies { get; } = new("PAK-POL-104", FindingSeverity.Warning, S, "policy.id",
            "one policy pack matches payer and procedure (error under strict)", "{0}");

        public static FindingDefinition UnknownCriterion { get; } = new("PAK-POL-105", FindingSeverity.Warning, S, "policy.attestations[i].criterion, policy.citedCriteria[i]",
            "attestations and cited criteria name criteria of the pack (error under strict)", "{0}");

        public static FindingDefinition PolicyOtherPayer { get; } = new("PAK-POL-106", FindingSeverity.Warning, S, "policy.id",
            "the named policy belongs to the case's payer id (error under strict)", "{0}");

        public static FindingDefinition PagesUnstable { get; } = new("PAK-POL-107", FindingSeverity.Warning, S, "policy",
            "the criteria table's page references settle within 4 layout passes", "{0}");

        public static FindingDefinition ExamplePack { get; } = new("PAK-POL-108", FindingSeverity.Info, S, "policy.id",
            "the policy pack is an example to check against the payer's current policy", "{0}");
    }
}

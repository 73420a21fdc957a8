namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-PAY</c>: the payer.</summary>
    public static class Payer
    {
        private const FindingSection S = FindingSection.Payer;

        public static FindingDefinition NameMissing { get; } = new("PAK-PAY-001", FindingSeverity.Error, S, "payer.name",
            "payer name present", "Payer name is missing: enter the insurer as printed on the member's card.");

        public static FindingDefinition Phone { get; } = new("PAK-PAY-002", FindingSeverity.Error, S, "payer.phone",
            "10-digit NANP number, extension allowed", PhoneWithExtensionTemplate);

        public static FindingDefinition Fax { get; } = new("PAK-PAY-003", FindingSeverity.Error, S, "payer.fax",
            "10-digit NANP number", PhoneTemplate);
    }

    /// <summary><c>PAK-SUB</c>: submission details (section "Payer").</summary>
    public static class Submission
    {
        private const FindingSection S = FindingSection.Payer;

        public static FindingDefinition DateMissing { get; } = new("PAK-SUB-001", FindingSeverity.Error, S, "submittedOn",
            "submission date present", "Submission date is missing: enter the date the request is sent (YYYY-MM-DD).");

        public static FindingDefinition DateInFuture { get; } = new("PAK-SUB-002", FindingSeverity.Warning, S, "submittedOn",
            "submission date not in the future", "Submission date is in the future: use the date the request is actually sent.");

        public static FindingDefinition UrgencyReasonMissing { get; } = new("PAK-SUB-003", FindingSeverity.Error, S, "urgencyReason",
            "urgent review has a reason",
            "Urgent review needs a reason: say how waiting the standard time would risk the patient's life, health or function, or choose standard review.");

        public static FindingDefinition PriorAuthorizationMissing { get; } = new("PAK-SUB-004", FindingSeverity.Error, S, "priorAuthorizationNumber",
            "extension or amendment names the earlier authorization",
            "An extension or amendment needs the earlier authorization number (priorAuthorizationNumber).");
    }
}

namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-PAT</c>: the patient (plan member).</summary>
    public static class Patient
    {
        private const FindingSection S = FindingSection.Patient;

        public static FindingDefinition FirstNameMissing { get; } = new("PAK-PAT-001", FindingSeverity.Error, S, "patient.firstName",
            "first name present", "Patient first name is missing: enter it as printed on the insurance card.");

        public static FindingDefinition LastNameMissing { get; } = new("PAK-PAT-002", FindingSeverity.Error, S, "patient.lastName",
            "last name present", "Patient last name is missing: enter it as printed on the insurance card.");

        public static FindingDefinition DateOfBirthMissing { get; } = new("PAK-PAT-003", FindingSeverity.Error, S, "patient.dateOfBirth",
            "date of birth present", "Patient date of birth is missing: enter it as YYYY-MM-DD.");

        public static FindingDefinition DateOfBirthInFuture { get; } = new("PAK-PAT-004", FindingSeverity.Error, S, "patient.dateOfBirth",
            "date of birth not in the future", "Patient date of birth is in the future: check the year and enter it as YYYY-MM-DD.");

        public static FindingDefinition TooOld { get; } = new("PAK-PAT-005", FindingSeverity.Error, S, "patient.dateOfBirth",
            "age at most 130", "Patient date of birth makes the patient older than {0}: check the year.");

        public static FindingDefinition MemberIdMissing { get; } = new("PAK-PAT-006", FindingSeverity.Error, S, "patient.memberId",
            "member ID present", "Member ID is missing: copy it from the patient's insurance card.");

        public static FindingDefinition MemberIdNotPrintable { get; } = new("PAK-PAT-007", FindingSeverity.Error, S, "patient.memberId",
            "member ID printable ASCII, no surrounding spaces",
            "Member ID contains characters that cannot be printed or typed (control characters, non-ASCII letters or leading/trailing spaces): retype it from the card.");

        public static FindingDefinition Phone { get; } = new("PAK-PAT-008", FindingSeverity.Error, S, "patient.phone",
            "10-digit NANP number, extension allowed", PhoneWithExtensionTemplate);
    }

    /// <summary>The message of every phone rule that accepts an extension (fax numbers do not).</summary>
    private const string PhoneWithExtensionTemplate = "{0} is not a 10-digit US phone number: enter it as (NPA) NXX-XXXX, for example (555) 010-2000, optionally followed by an extension (ext. 214), without letters.";

    /// <summary>The message of every phone and fax rule; the hole is the field's label ("Payer fax").</summary>
    private const string PhoneTemplate = "{0} is not a 10-digit US phone number: enter it as (NPA) NXX-XXXX, for example (555) 010-2000, without extensions or letters.";
}

namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-PRV</c>: requesting, servicing and primary care providers and the clinic. Holes: the label ("Requesting provider").</summary>
    public static class Provider
    {
        private const FindingSection S = FindingSection.Providers;

        public static FindingDefinition NameMissing { get; } = new("PAK-PRV-001", FindingSeverity.Error, S, "…Provider.name",
            "provider name present", "{0} name is missing: enter the name as registered in NPPES.");

        public static FindingDefinition Phone { get; } = new("PAK-PRV-002", FindingSeverity.Error, S, "…Provider.phone, clinic.phone",
            "10-digit NANP number, extension allowed", PhoneWithExtensionTemplate);

        public static FindingDefinition Fax { get; } = new("PAK-PRV-003", FindingSeverity.Error, S, "…Provider.fax, clinic.fax",
            "10-digit NANP number", PhoneTemplate);

        public static FindingDefinition DirectLine { get; } = new("PAK-PRV-004", FindingSeverity.Error, S, "…Provider.directLine",
            "10-digit NANP number, extension allowed", PhoneWithExtensionTemplate);

        public static FindingDefinition Email { get; } = new("PAK-PRV-005", FindingSeverity.Error, S, "…Provider.email",
            "an e-mail address (`name@example.org`)", "{0} e-mail is not an address of the form name@example.org.");
    }

    /// <summary><c>PAK-NPI</c>: National Provider Identifiers (45 CFR 162.406; check digit per the CMS NPI standard, Luhn over 80840). Hole: the label.</summary>
    public static class Npi
    {
        private const FindingSection S = FindingSection.Providers;

        public static FindingDefinition Malformed { get; } = new("PAK-NPI-001", FindingSeverity.Error, S, "…Provider.npi, clinic.npi",
            "10 digits, first digit 1 or 2", "{0} NPI must be 10 digits starting with 1 or 2: copy it from NPPES.");

        public static FindingDefinition CheckDigit { get; } = new("PAK-NPI-002", FindingSeverity.Error, S, "…Provider.npi, clinic.npi",
            "Luhn check digit over the prefix 80840", "{0} NPI fails its check digit (a digit is mistyped): re-check it in NPPES.");
    }
}

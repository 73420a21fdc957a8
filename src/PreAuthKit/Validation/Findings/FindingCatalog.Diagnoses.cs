namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-DX</c>: ICD-10-CM diagnoses (HIPAA code set, 45 CFR 162.1002; tables by fiscal year from CMS/NCHS).</summary>
    public static class Diagnosis
    {
        private const FindingSection S = FindingSection.Diagnoses;

        public static FindingDefinition NoneListed { get; } = new("PAK-DX-001", FindingSeverity.Error, S, "diagnoses",
            "at least one diagnosis", "At least one ICD-10-CM diagnosis is required.");

        public static FindingDefinition CodeMissing { get; } = new("PAK-DX-002", FindingSeverity.Error, S, "diagnoses[i].code",
            "code present", "Diagnosis code is missing: enter an ICD-10-CM code such as L90.5.");

        public static FindingDefinition BadFormat { get; } = new("PAK-DX-003", FindingSeverity.Error, S, "diagnoses[i].code",
            "ICD-10-CM format",
            "Diagnosis code is not an ICD-10-CM code: it is a letter, a digit, a letter or digit, then optionally a dot and up to four letters or digits (e.g. L90.5, T22.312S).");

        public static FindingDefinition WhoOnly { get; } = new("PAK-DX-004", FindingSeverity.Error, S, "diagnoses[i].code",
            "WHO ICD-10 only (e.g. `T95.2`): not in ICD-10-CM",
            "{0} exists in the WHO ICD-10 but not in ICD-10-CM, which US payers use: code the sequela with the injury or burn code and the 7th character S (e.g. L90.5 with T22.312S).");

        public static FindingDefinition Header { get; } = new("PAK-DX-005", FindingSeverity.Error, S, "diagnoses[i].code",
            "category header, not billable (`L90`: use one of `L90.0`–`L90.9`)",
            "{0} is a category header and not billable; {1}");

        public static FindingDefinition SeventhCharacter { get; } = new("PAK-DX-006", FindingSeverity.Error, S, "diagnoses[i].code",
            "7th character (and placeholder `X`) missing or not valid for the code",
            "{0} is incomplete: this code needs a 7th character (A initial encounter, D subsequent, S sequela; pad with X placeholders where needed). Valid codes include {1}.");

        public static FindingDefinition Unknown { get; } = new("PAK-DX-007", FindingSeverity.Error, S, "diagnoses[i].code",
            "not in the code set of the fiscal year of the date of service",
            "{0} is not in the ICD-10-CM FY{1} code set used for this date of service: check the code in the current ICD-10-CM tabular list.");

        public static FindingDefinition TooMany { get; } = new("PAK-DX-008", FindingSeverity.Error, S, "diagnoses",
            "at most 12 diagnoses", "There are {0} diagnoses; a request carries at most {1}: keep the ones that support this service, primary first.");

        public static FindingDefinition Primary { get; } = new("PAK-DX-009", FindingSeverity.Error, S, "diagnoses",
            "exactly one primary diagnosis", "{0}");

        public static FindingDefinition Duplicate { get; } = new("PAK-DX-010", FindingSeverity.Warning, S, "diagnoses",
            "a code listed twice", "The same diagnosis code is listed more than once: list each code once.");

        public static FindingDefinition AllCosmetic { get; } = new("PAK-DX-011", FindingSeverity.Warning, S, "diagnoses",
            "every diagnosis typically cosmetic and no functional impairment documented (reviewed list `Codes/CosmeticDiagnoses.cs`: `L57.2`-`L57.4`, `L57.8`, `L57.9`, `L81.0`-`L81.6`, `L81.8`, `L81.9`, `L90.6`; not `L57.0` actinic keratosis, whose destruction is covered, Medicare NCD 250.4; `ValidationOptions.CosmeticDiagnosisCodes`)",
            "Every diagnosis is one payers usually treat as cosmetic (photoaging, pigmentation, stretch marks) and no functional impairment is documented: add the impairment (assessment.functionalImpairments) or expect a cosmetic denial.");

        public static FindingDefinition NoTableForYear { get; } = new("PAK-DX-012", FindingSeverity.Warning, S, "diagnoses",
            "no code table for the fiscal year of the date of service; the latest was used",
            "The date of service falls in fiscal year {0}, for which this version of PreAuthKit has no ICD-10-CM table; codes were checked against FY{1}.");

        public static FindingDefinition EmptyEntry { get; } = new("PAK-DX-013", FindingSeverity.Error, S, "diagnoses[i]",
            "empty (`null`) entry", "A diagnosis entry is empty: remove it or fill it in.");
    }
}

namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-MSR</c>: objective measurements (baseline and target; scales in <c>Model/MeasurementScale.cs</c>).</summary>
    public static class Measurement
    {
        private const FindingSection S = FindingSection.PhysicianAssessment;

        public static FindingDefinition ValueMissing { get; } = new("PAK-MSR-001", FindingSeverity.Error, S, "measurements[i].value",
            "value present", "Measurement: enter the measured value (a number).");

        public static FindingDefinition OutOfRange { get; } = new("PAK-MSR-002", FindingSeverity.Error, S, "measurements[i].value, .target, .normalValue",
            "inside the kind's valid range (VSS 0-13, POSAS 6-60, range of motion 0-360, pain 0-10)",
            "Measurement {0} is outside the {1} range {2} to {3}: check the number.");

        public static FindingDefinition DateMissing { get; } = new("PAK-MSR-003", FindingSeverity.Error, S, "measurements[i].measuredOn",
            "date present", "Measurement: enter the date it was taken (YYYY-MM-DD); undated measurements are not accepted as a baseline.");

        public static FindingDefinition DateAfterSubmission { get; } = new("PAK-MSR-004", FindingSeverity.Error, S, "measurements[i].measuredOn",
            "not after the submission date", "Measurement is dated after the submission date: check the date.");

        public static FindingDefinition NameMissing { get; } = new("PAK-MSR-005", FindingSeverity.Error, S, "measurements[i].name",
            "name present for `range-of-motion` and `other`", "Measurement: say what was measured in name (e.g. \"Left wrist active extension\").");

        public static FindingDefinition UnitMissing { get; } = new("PAK-MSR-006", FindingSeverity.Error, S, "measurements[i].unit",
            "unit present for `other`", "Measurement of kind \"other\": enter its unit.");

        public static FindingDefinition NormalMissing { get; } = new("PAK-MSR-007", FindingSeverity.Warning, S, "measurements[i].normalValue",
            "range of motion states its normal value",
            "Range of motion: enter the normal value for the motion (e.g. 70 degrees for wrist extension) so the reviewer can see the deficit.");

        public static FindingDefinition TextTooLong { get; } = new("PAK-MSR-008", FindingSeverity.Error, S, "measurements[i]",
            "name, unit, method and body site at most 200 characters each", "Measurement: name, unit, method and body site are at most {0} characters each.");

        public static FindingDefinition TooMany { get; } = new("PAK-MSR-009", FindingSeverity.Error, S, "measurements",
            "at most 20 measurements", "There are {0} measurements; a letter carries at most {1}: keep the baseline measures the treatment targets.");

        public static FindingDefinition EmptyEntry { get; } = new("PAK-MSR-010", FindingSeverity.Error, S, "measurements[i]",
            "empty (`null`) entry", "A measurement entry is empty: remove it or fill it in.");
    }

    /// <summary><c>PAK-LTR</c>: the letter itself (the draft gate, <c>ViewModels/DraftGate.cs</c>).</summary>
    public static class Letter
    {
        public static FindingDefinition DraftRefused { get; } = new("PAK-LTR-001", FindingSeverity.Error, FindingSection.CaseFile, "$",
            "strict mode: the letter would be a draft (incomplete checklist, an item the letter needs such as the unlisted-code narrative, or a cosmetic-risk warning) and is refused; see `docs/templates.md`",
            "Strict mode: the letter would be a draft and is not rendered. {0}");
    }
}

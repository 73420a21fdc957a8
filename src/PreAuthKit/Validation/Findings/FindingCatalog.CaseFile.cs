namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-FILE</c>: reading the case file (section "Case file", path <c>$</c> or the JSON path).</summary>
    public static class CaseFile
    {
        private const FindingSection S = FindingSection.CaseFile;

        public static FindingDefinition Unreadable { get; } = new("PAK-FILE-000", FindingSeverity.Error, S, "$",
            "the case file could not be read (generic)", "The case file could not be read.");

        public static FindingDefinition NotFound { get; } = new("PAK-FILE-001", FindingSeverity.Error, S, "$",
            "the file was not found", "Case file '{0}' was not found. Check the path.");

        public static FindingDefinition CannotOpen { get; } = new("PAK-FILE-002", FindingSeverity.Error, S, "$",
            "the file could not be read (locked, no permission)", "Case file '{0}' could not be read: {1}.");

        public static FindingDefinition NullDocument { get; } = new("PAK-FILE-003", FindingSeverity.Error, S, "$",
            "the file holds `null` instead of an object", "The case file is empty (null): it must hold one JSON object.");

        public static FindingDefinition MalformedJson { get; } = new("PAK-FILE-004", FindingSeverity.Error, S, "$",
            "malformed JSON, with line and column", "The case file is not valid JSON{0}: {1}");

        public static FindingDefinition WrongType { get; } = new("PAK-FILE-005", FindingSeverity.Error, S, "(JSON path)",
            "a value of the wrong type or an unknown enum value, with its path, line and column and what was expected",
            "{0}{1} has the wrong type or is not one of the allowed values: expected {2}. See docs/case-file.md.");

        public static FindingDefinition NullValue { get; } = new("PAK-FILE-006", FindingSeverity.Error, S, "(JSON path)",
            "`null` where a value is required", "{0}{1} is null: give it a value or leave the property out.");
    }
}

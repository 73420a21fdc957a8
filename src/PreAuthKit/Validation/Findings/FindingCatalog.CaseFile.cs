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

        public static FindingDefinition NoPath { get; } = new("PAK-FILE-007", FindingSeverity.Error, S, "$",
            "no path was given (empty or blank), or the path cannot name a file (a NUL character)", "{0}");

        public static FindingDefinition IsFolder { get; } = new("PAK-FILE-008", FindingSeverity.Error, S, "$",
            "the path names a folder", "'{0}' is a folder, not a case file. Give the path of the .json file.");

        public static FindingDefinition NotRegular { get; } = new("PAK-FILE-009", FindingSeverity.Error, S, "$",
            "the file is empty or not a regular file (a device such as `/dev/zero`, a pipe, a `/proc` entry); refused without reading it",
            "'{0}' is empty or is not a regular file (a device, pipe or special file): a case file is a JSON file on disk.");

        public static FindingDefinition TooLarge { get; } = new("PAK-FILE-010", FindingSeverity.Error, S, "$",
            "the file is larger than 8 MiB (checked before reading)",
            "'{0}' is larger than {1} MiB, the largest case file read. Enclose long records as attachments instead.");

        public static FindingDefinition NotUtf8 { get; } = new("PAK-FILE-011", FindingSeverity.Error, S, "$",
            "the file is not UTF-8 (invalid or overlong UTF-8, Latin-1, Windows-1252, UTF-16); the message gives the byte offset",
            "The case file is not UTF-8 text: the byte at offset {0} (0x{1:X2}) does not start a valid UTF-8 character. Save the file as UTF-8 (not Latin-1 or Windows-1252).");
    }
}

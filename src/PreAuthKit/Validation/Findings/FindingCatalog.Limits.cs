namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary>
    /// <c>PAK-CAP</c>: the documented caps on every string and list (<see cref="CaseLimits"/>,
    /// docs/case-file.md "Limits"). The path is the field's; the message names it with its length
    /// and the cap, never its value.
    /// </summary>
    public static class Limits
    {
        public static FindingDefinition TextTooLong { get; } = new("PAK-CAP-001", FindingSeverity.Error, FindingSection.CaseFile, "(the field)",
            "text longer than its cap (docs/case-file.md, \"Limits\"); the message gives the length and the cap",
            "'{0}' is {1:N0} characters long; the limit is {2:N0}. Shorten it and enclose the full record as an attachment.");

        public static FindingDefinition TooManyEntries { get; } = new("PAK-CAP-002", FindingSeverity.Error, FindingSection.CaseFile, "(the list)",
            "a list with more entries than its cap (docs/case-file.md, \"Limits\")",
            "'{0}' has {1:N0} entries; the limit is {2:N0}. Keep the ones that support this request and enclose the rest as an attachment.");

        public static FindingDefinition NullEntry { get; } = new("PAK-CAP-003", FindingSeverity.Error, FindingSection.CaseFile, "(the list)[i]",
            "an empty (`null`) entry in a list of text or in `attachments`",
            "'{0}' is an empty (null) entry: remove it or fill it in.");
    }

    /// <summary>
    /// <c>PAK-TEMPLATE</c>: the template sandbox and its limits. These are not case findings: they
    /// start the message of a <see cref="Templating.TemplateError"/> in a <see cref="Templating.TemplateRenderException"/>.
    /// </summary>
    public static class Template
    {
        private const FindingSection S = FindingSection.Layout;

        public static FindingDefinition OutputLimit { get; } = new("PAK-TEMPLATE-001", FindingSeverity.Error, S, "(template)",
            "the template's output reached the output limit (docs/case-file.md, \"Limits\"); nothing is printed",
            "the template produced {0:N0} characters or more, the most a letter may hold; nothing was printed. Check the template for a runaway loop or repeated include.");

        public static FindingDefinition LeavesFolder { get; } = new("PAK-TEMPLATE-002", FindingSeverity.Error, S, "(template)",
            "a template or partial leaves the templates folder: by name, by a link, or through a linked folder (or the links form a loop)", "{0}");

        public static FindingDefinition Unreadable { get; } = new("PAK-TEMPLATE-003", FindingSeverity.Error, S, "(template)",
            "a template file is not a regular file, is longer than 1,000,000 characters, or is not UTF-8", "{0}");
    }
}

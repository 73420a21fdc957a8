namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary><c>PAK-LTR</c>: the letter itself (the draft gate, <c>Checklist/DraftGate.cs</c>).</summary>
    public static class Letter
    {
        public static FindingDefinition DraftRefused { get; } = new("PAK-LTR-001", FindingSeverity.Error, FindingSection.CaseFile, "$",
            "strict mode: the letter would be a draft (incomplete checklist, an item the letter needs such as the unlisted-code narrative, or a cosmetic-risk warning) and is refused; see `docs/templates.md`",
            "Strict mode: the letter would be a draft and is not rendered. {0}");

        public static FindingDefinition NotPrinted { get; } = new("PAK-LTR-002", FindingSeverity.Info, FindingSection.CaseFile, "(the field)",
            "a value this document has no place for, given the rest of the case (the message names the field and says why); it is not printed, nothing else is affected (`Checklist/UnprintedContent.cs`)",
            "'{0}' is not printed in this {1}: {2}.");

        public static FindingDefinition AppealSectionNotPrinted { get; } = new("PAK-LTR-003", FindingSeverity.Info, FindingSection.Appeal, "appeal",
            "a pre-authorization request of a case with an appeal section: the appeal is printed in the appeal letter only",
            "The appeal section is not printed in a pre-authorization request; render the appeal letter for it.");
    }
}

namespace PreAuthKit.Checklist;

/// <summary>
/// One row of the documentation checklist, defined once: the rendered checklist and the
/// validator's checklist findings both come from it, so they cannot disagree. The item is present
/// exactly when every requirement is met.
/// </summary>
/// <param name="Key">Stable key (<see cref="ChecklistKeys"/>).</param>
/// <param name="Title">What a reviewer looks for, in words (printed in the letter).</param>
/// <param name="Requirements">What the item needs; each names the finding raised where it is missing.</param>
/// <param name="Evidence">Where the evidence is in the document, for a present item.</param>
internal sealed record ChecklistItemDefinition(
    string Key,
    string Title,
    IReadOnlyList<ChecklistRequirement> Requirements,
    Func<CaseFacts, string> Evidence)
{
    /// <summary>The title printed when the item does not apply to the document (defaults to <see cref="Title"/>).</summary>
    public string? NotApplicableTitle { get; init; }
}

namespace PreAuthKit.Checklist;

/// <summary>One evaluation of the checklist table: what the document prints, and the findings of what is missing.</summary>
/// <param name="Checklist">The checklist, each item present, missing or not applicable.</param>
/// <param name="Findings">One finding per missing requirement, at its path.</param>
internal sealed record ChecklistEvaluation(DocumentationChecklist Checklist, IReadOnlyList<ValidationFinding> Findings);

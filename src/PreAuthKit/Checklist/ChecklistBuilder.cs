using PreAuthKit.Model;

namespace PreAuthKit.Checklist;

/// <summary>
/// Evaluates the checklist table (<see cref="DocumentationItems"/>) for a case: each item's status
/// and evidence for the document, and the findings of what is missing, from one evaluation.
/// </summary>
internal static class ChecklistBuilder
{
    /// <summary>The checklist and its findings. Missing requirements are warnings (their catalog severity), errors when <paramref name="strict"/>.</summary>
    public static ChecklistEvaluation Evaluate(CaseFacts facts, IReadOnlyList<ChecklistItemDefinition> applicable, bool strict)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(applicable);
        var items = new List<ChecklistItem>(DocumentationItems.All.Count);
        var findings = new List<ValidationFinding>();
        foreach (var definition in DocumentationItems.All)
        {
            if (!applicable.Contains(definition))
            {
                items.Add(new ChecklistItem(definition.Key, definition.NotApplicableTitle ?? definition.Title, ChecklistStatus.NotApplicable, ""));
                continue;
            }

            var present = true;
            foreach (var requirement in definition.Requirements)
            {
                foreach (var path in requirement.MissingAt(facts))
                {
                    present = false;
                    var finding = requirement.Finding;
                    findings.Add(finding.At(strict ? FindingSeverity.Error : finding.Severity, path));
                }
            }

            items.Add(new ChecklistItem(definition.Key, definition.Title, present ? ChecklistStatus.Present : ChecklistStatus.Missing, present ? definition.Evidence(facts) : ""));
        }

        return new ChecklistEvaluation(new DocumentationChecklist(items), findings);
    }

    /// <summary>The checklist a document of <paramref name="kind"/> prints for a case (non-strict).</summary>
    public static DocumentationChecklist For(PreAuthCase @case, DocumentKind kind)
        => Evaluate(new CaseFacts(@case, @case.SubmittedOn), kind == DocumentKind.Appeal && @case.Appeal is not null ? DocumentationItems.Appeal : DocumentationItems.Request, strict: false).Checklist;
}

using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Checklist;

/// <summary>
/// One thing a checklist item needs: the finding raised where it is missing, and where it is
/// missing in a case (the case-file paths; none when it is there).
/// </summary>
/// <param name="Finding">The catalog finding raised at each path (a warning by default, an error in strict mode).</param>
/// <param name="MissingAt">The paths where the requirement is not met, e.g. <c>history.priorTreatments[1].outcome</c>.</param>
internal sealed record ChecklistRequirement(FindingDefinition Finding, Func<CaseFacts, IEnumerable<string>> MissingAt)
{
    /// <summary>A requirement on one field: missing at <see cref="FindingDefinition.Path"/> when <paramref name="isMet"/> is false.</summary>
    public static ChecklistRequirement Field(FindingDefinition finding, Func<CaseFacts, bool> isMet)
        => new(finding, facts => isMet(facts) ? [] : [finding.Path]);

    /// <summary>A requirement on each entry of a list: missing at <c>list[i].field</c> for every entry failing <paramref name="isMet"/> (null entries are skipped; they have their own finding).</summary>
    public static ChecklistRequirement Each<T>(FindingDefinition finding, Func<CaseFacts, IReadOnlyList<T>> list, Func<T, bool> isMet)
        where T : class
        => new(finding, facts => list(facts)
            .Select((entry, index) => (entry, index))
            .Where(x => x.entry is not null && !isMet(x.entry))
            .Select(x => finding.Path.Replace("[i]", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{x.index}]"), StringComparison.Ordinal)));
}

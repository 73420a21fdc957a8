namespace PreAuthKit;

/// <summary>Everything validation found in a case.</summary>
public sealed class ValidationReport
{
    /// <summary>Creates a report from findings (kept in the order given).</summary>
    public ValidationReport(IEnumerable<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = findings.ToList();
    }

    /// <summary>An empty report.</summary>
    public static ValidationReport Empty { get; } = new([]);

    /// <summary>All findings, in the order the rules ran.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>True when any finding is an error: the case must not be rendered.</summary>
    public bool IsBlocking => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>Errors only.</summary>
    public IEnumerable<ValidationFinding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);

    /// <summary>Warnings only.</summary>
    public IEnumerable<ValidationFinding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);

    /// <summary>
    /// Findings grouped by section, sections in <see cref="FindingSection"/> order; findings keep
    /// their order within a section.
    /// </summary>
    public IReadOnlyList<IGrouping<FindingSection, ValidationFinding>> BySection => Findings
        .GroupBy(f => f.Section)
        .OrderBy(g => g.Key)
        .ToList();
}

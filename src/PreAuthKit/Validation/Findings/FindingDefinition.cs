using System.Globalization;

namespace PreAuthKit.Validation.Findings;

/// <summary>
/// One kind of finding, defined once in the <see cref="FindingCatalog"/>: its stable code, default
/// severity, checklist section, the case-file path it points at, a one-line rule for the
/// documentation, and the message template a clinic user reads.
/// </summary>
/// <param name="Code">Stable code: <c>PAK-</c>, the family and three digits (e.g. <c>PAK-NPI-002</c>).</param>
/// <param name="Severity">Default severity. A checklist requirement is raised to an error in strict mode.</param>
/// <param name="Section">The section of the report the finding belongs to.</param>
/// <param name="Path">The case-file path the finding points at, as documented (<c>diagnoses[i].code</c>).</param>
/// <param name="Rule">What the rule checks, one line, for <c>docs/case-file.md</c>.</param>
/// <param name="Template">
/// The message. Holes <c>{0}</c>, <c>{1}</c>... are filled by <see cref="Format"/> (invariant
/// culture). Never put patient data in a hole: codes from the record and counts only.
/// </param>
/// <param name="Checklist">True for a documentation-checklist requirement (a warning, an error in strict mode).</param>
internal sealed record FindingDefinition(
    string Code,
    FindingSeverity Severity,
    FindingSection Section,
    string Path,
    string Rule,
    string Template,
    bool Checklist = false)
{
    /// <summary>The family: <c>NPI</c> for <c>PAK-NPI-002</c>.</summary>
    public string Family => Code.Split('-')[1];

    /// <summary>The message with its holes filled.</summary>
    public string Format(params object?[] args)
        => args.Length == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, args);

    /// <summary>The finding at <paramref name="path"/> with the default severity.</summary>
    public ValidationFinding At(string path, params object?[] args) => new(Code, Severity, path, Format(args), Section);

    /// <summary>The finding at <paramref name="path"/> with the given severity.</summary>
    public ValidationFinding At(FindingSeverity severity, string path, params object?[] args) => new(Code, severity, path, Format(args), Section);
}

namespace PreAuthKit;

/// <summary>
/// One problem found in a case: a stable code (e.g. <c>PAK-NPI-002</c>), its severity, the
/// JSON-style path of the field (e.g. <c>requestingProvider.npi</c>), a message that names the
/// field and the fix, and the report section. Messages never contain patient data. Every code is
/// listed in <c>docs/case-file.md</c>.
/// </summary>
/// <param name="Code">Stable code: <c>PAK-</c>, a family and a number.</param>
/// <param name="Severity">Error blocks rendering; warnings are listed.</param>
/// <param name="Path">JSON-style path of the field in the case file.</param>
/// <param name="Message">What is wrong and how to fix it, in a clinic user's words.</param>
/// <param name="Section">The report section the finding belongs to.</param>
public sealed record ValidationFinding(string Code, FindingSeverity Severity, string Path, string Message, FindingSection Section)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity} {Code} at {Path}: {Message}";
}

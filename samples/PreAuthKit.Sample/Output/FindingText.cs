
namespace PreAuthKit.Sample.Output;

/// <summary>One-line forms of findings, shared by every command so errors read the same everywhere.</summary>
internal static class FindingText
{
    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    public static string Line(ValidationFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return TerminalText.Safe($"{Severity(finding.Severity)} {finding.Code} at {finding.Path}: {finding.Message}");
    }
}

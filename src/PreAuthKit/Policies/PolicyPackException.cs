
namespace PreAuthKit.Policies;

/// <summary>
/// A policy pack was refused: missing, unreadable, malformed or not in the pack format. Every
/// problem is a finding with a <c>PAK-POL-0xx</c> code and the JSON path of the offending value
/// (e.g. <c>$.criteria[1].evidence[0].comparison</c>); the message never echoes pack contents.
/// </summary>
public sealed class PolicyPackException : Exception
{
    /// <summary>Creates the exception from the findings that refused the pack.</summary>
    public PolicyPackException(IReadOnlyList<ValidationFinding> findings, Exception? innerException = null)
        : base(Summary(findings), innerException)
    {
        Findings = findings;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    private static string Summary(IReadOnlyList<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings.Count == 0 ? "The policy pack was refused." : $"The policy pack was refused: {findings[0].Code} at {findings[0].Path}: {findings[0].Message}" + (findings.Count > 1 ? $" (and {findings.Count - 1} more)" : "");
    }
}

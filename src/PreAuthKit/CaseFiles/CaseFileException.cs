using F = PreAuthKit.Validation.Findings.FindingCatalog.CaseFile;

namespace PreAuthKit.CaseFiles;

/// <summary>
/// The case file could not be read: missing, unreadable, malformed JSON, a wrong type or an
/// unknown enum value. <see cref="Finding"/> carries the code, the JSON path and a message with the
/// line and column; no patient data is included.
/// </summary>
public sealed class CaseFileException : Exception
{
    /// <summary>Creates the exception for a finding.</summary>
    public CaseFileException(ValidationFinding finding, Exception? innerException = null)
        : base(finding.Message, innerException)
    {
        Finding = finding;
    }

    /// <summary>Creates the exception with a message.</summary>
    public CaseFileException()
        : this(F.Unreadable.At("$"))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CaseFileException(string message)
        : this(new ValidationFinding(F.Unreadable.Code, F.Unreadable.Severity, "$", message, F.Unreadable.Section))
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public CaseFileException(string message, Exception innerException)
        : this(new ValidationFinding(F.Unreadable.Code, F.Unreadable.Severity, "$", message, F.Unreadable.Section), innerException)
    {
    }

    /// <summary>What went wrong, with code and JSON path.</summary>
    public ValidationFinding Finding { get; }
}

using PreAuthKit.Validation;

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
        : this(new ValidationFinding("PAK-FILE-000", FindingSeverity.Error, "$", "The case file could not be read.", "Case file"))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CaseFileException(string message)
        : this(new ValidationFinding("PAK-FILE-000", FindingSeverity.Error, "$", message, "Case file"))
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public CaseFileException(string message, Exception innerException)
        : this(new ValidationFinding("PAK-FILE-000", FindingSeverity.Error, "$", message, "Case file"), innerException)
    {
    }

    /// <summary>What went wrong, with code and JSON path.</summary>
    public ValidationFinding Finding { get; }
}

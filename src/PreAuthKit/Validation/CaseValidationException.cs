namespace PreAuthKit.Validation;

/// <summary>
/// Thrown when a case with blocking findings is asked to render. <see cref="Report"/> says what to
/// fix; the message never contains patient data.
/// </summary>
public sealed class CaseValidationException : Exception
{
    /// <summary>Creates the exception for a blocking report.</summary>
    public CaseValidationException(ValidationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>Creates the exception with a message.</summary>
    public CaseValidationException()
        : this(ValidationReport.Empty)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CaseValidationException(string message)
        : base(message)
    {
        Report = ValidationReport.Empty;
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public CaseValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Report = ValidationReport.Empty;
    }

    /// <summary>The validation report with the blocking findings.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        var errors = report.Errors.ToList();
        // Code and path only: messages may quote codes from the record, and exception messages end up in logs.
        var first = errors.Count > 0 ? $" First: {errors[0].Code} at {errors[0].Path}." : "";
        return $"The case has {errors.Count} blocking finding(s) and was not rendered.{first}";
    }
}

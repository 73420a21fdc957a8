namespace PreAuthKit.Validation;

/// <summary>
/// Internal test and benchmark hooks only: the public API returns a refusal as data
/// (<see cref="RenderResult"/>). <see cref="Report"/> says what to fix; the message never contains patient data.
/// </summary>
internal sealed class CaseValidationException : Exception
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

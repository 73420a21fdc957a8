using System.Text;
using FluentValidation;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>Runs the validators and turns FluentValidation failures into a <see cref="ValidationReport"/>.</summary>
internal static class CaseValidator
{
    /// <summary>Validates a case built in code; photo files are not checked (there is no case folder).</summary>
    public static ValidationReport Validate(PreAuthCase @case, DateOnly today, ValidationOptions? options = null)
        => Run(@case, null, today, options ?? new ValidationOptions());

    /// <summary>Validates a case read from a file; photo paths are resolved against its folder.</summary>
    public static ValidationReport Validate(CaseFile caseFile, DateOnly today, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return Run(caseFile.Case, caseFile.BaseDirectory, today, options ?? new ValidationOptions());
    }

    private static ValidationReport Run(PreAuthCase @case, string? baseDirectory, DateOnly today, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var scope = new ValidationScope(@case, baseDirectory, today, options);
        var result = new PreAuthCaseValidator(scope).Validate(@case);
        var findings = result.Errors.Select(failure => new ValidationFinding(
            failure.ErrorCode,
            failure.Severity switch
            {
                Severity.Error => FindingSeverity.Error,
                Severity.Warning => FindingSeverity.Warning,
                _ => FindingSeverity.Info,
            },
            JsonPath(failure.PropertyName),
            failure.ErrorMessage,
            failure.CustomState as string ?? "General"));
        return new ValidationReport(CaseLimitsValidator.Check(@case).Concat(findings));
    }

    /// <summary>FluentValidation's <c>Diagnoses[0].Code</c> as the case file's <c>diagnoses[0].code</c>.</summary>
    internal static string JsonPath(string propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return "$";
        }

        var path = new StringBuilder(propertyName.Length);
        var startOfSegment = true;
        foreach (var ch in propertyName)
        {
            path.Append(startOfSegment ? char.ToLowerInvariant(ch) : ch);
            startOfSegment = ch is '.' or ']';
        }

        return path.ToString();
    }
}

using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>Runs the validators and turns FluentValidation failures into a <see cref="ValidationReport"/>.</summary>
internal static class CaseValidator
{
    public static ValidationReport Validate(PreAuthCase @case, DateOnly today)
    {
        var result = new PreAuthCaseValidator(today).Validate(@case);
        var findings = result.Errors.Select(failure => new ValidationFinding(
            failure.ErrorCode,
            failure.Severity switch
            {
                Severity.Error => FindingSeverity.Error,
                Severity.Warning => FindingSeverity.Warning,
                _ => FindingSeverity.Info,
            },
            failure.PropertyName,
            failure.ErrorMessage,
            failure.CustomState as string ?? "General"));
        return new ValidationReport(findings);
    }
}

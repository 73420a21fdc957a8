using System.Text;
using FluentValidation;
using PreAuthKit.Checklist;
using PreAuthKit.Generation;
using PreAuthKit.Photos;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>Runs the validators and turns FluentValidation failures into a <see cref="ValidationReport"/>.</summary>
internal static class CaseValidator
{
    /// <summary>Validates a case built in code; photo files are not checked.</summary>
    public static ValidationReport Validate(PreAuthCase @case, DateOnly today, ValidationOptions? options = null, DocumentKind? kind = null)
        => Run(@case, null, today, options ?? new ValidationOptions(), kind);

    /// <summary>Validates a case read from a file; photos are taken in at header depth from its folder.</summary>
    public static ValidationReport Validate(CaseFile caseFile, DateOnly today, ValidationOptions? options = null, DocumentKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        options ??= new ValidationOptions();
        return Run(caseFile.Case, new FolderContentResolver(caseFile.BaseDirectory, options.AllowAbsolutePhotoPaths), today, options, kind);
    }

    /// <summary>Validates a case; photos resolved through <paramref name="resolver"/> are inspected (header depth) when it is not null.</summary>
    public static ValidationReport Run(PreAuthCase @case, IContentResolver? resolver, DateOnly today, ValidationOptions options, DocumentKind? kind)
    {
        var report = Rules(@case, today, options, kind);
        if (resolver is null)
        {
            return report;
        }

        var photos = new PhotoIntake(PhotoProcessingOptions.From(options)).Take(@case.Photos, resolver, IntakeDepth.Inspect, PhotoPlacement.HalfWidth);
        return new ValidationReport(report.Findings.Concat(photos.Findings));
    }

    /// <summary>The rules and the checklist, without reading any photo.</summary>
    public static ValidationReport Rules(PreAuthCase @case, DateOnly today, ValidationOptions options, DocumentKind? kind)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var facts = new CaseFacts(@case, today);
        var scope = new ValidationScope(facts, options);
        var context = new ValidationContext<PreAuthCase>(@case);
        context.RootContextData[ValidationScope.ContextKey] = scope;
        var result = new PreAuthCaseValidator(scope).Validate(context);
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
            failure.CustomState is FindingDefinition definition ? definition.Section : FindingCatalog.Find(failure.ErrorCode)?.Section ?? FindingSection.CaseFile));
        var items = (kind ?? (@case.Appeal is null ? DocumentKind.PreAuthorization : DocumentKind.Appeal)) == DocumentKind.Appeal && @case.Appeal is not null
            ? DocumentationItems.Appeal
            : DocumentationItems.Request;
        var checklist = ChecklistBuilder.Evaluate(facts, items, options.Strict);
        return new ValidationReport(findings.Concat(checklist.Findings));
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

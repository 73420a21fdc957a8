using System.Text;
using FluentValidation;
using PreAuthKit.CaseFiles;
using PreAuthKit.Checklist;
using PreAuthKit.Model;
using PreAuthKit.Photos;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>Runs the rule validators and turns FluentValidation failures into findings.</summary>
internal static class CaseValidator
{
    /// <summary>The rule validators, stateless: one instance serves every run (the default for callers without their own).</summary>
    public static PreAuthCaseValidator Shared { get; } = new();

    /// <summary>The rules (not the checklist, not the photo files) for the facts of one request.</summary>
    public static IReadOnlyList<ValidationFinding> Rules(CaseFacts facts, ValidationOptions options, PreAuthCaseValidator? validator = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var scope = new ValidationScope(facts, options);
        var context = new ValidationContext<PreAuthCase>(facts.Case);
        context.RootContextData[ValidationScope.ContextKey] = scope;
        var result = (validator ?? Shared).Validate(context);

        // The documented caps first (docs/case-file.md, "Limits"): over a cap, nothing is rendered.
        return [.. CaseLimitsValidator.Check(facts.Case), .. result.Errors.Select(failure => new ValidationFinding(
            failure.ErrorCode,
            failure.Severity switch
            {
                Severity.Error => FindingSeverity.Error,
                Severity.Warning => FindingSeverity.Warning,
                _ => FindingSeverity.Info,
            },
            JsonPath(failure.PropertyName),
            failure.ErrorMessage,
            failure.CustomState is FindingDefinition definition ? definition.Section : FindingCatalog.Find(failure.ErrorCode)?.Section ?? FindingSection.CaseFile))];
    }

    /// <summary>Rules, the kind's checklist and (when <paramref name="resolver"/> is given) the photos at header depth: what <c>Validate</c> reports.</summary>
    public static ValidationReport Validate(PreAuthCase @case, DateOnly today, ValidationOptions? options = null, DocumentKind? kind = null, IContentResolver? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        options ??= new ValidationOptions();
        kind ??= DocumentKind.For(@case);
        var facts = new CaseFacts(@case, today, options.AppealDeadlines);
        var findings = kind.Prerequisites(@case).Concat(Rules(facts, options)).Concat(ChecklistBuilder.Evaluate(facts, kind.ChecklistItems(@case), options.Strict).Findings);
        if (resolver is not null && !PhotosOverCap(@case))
        {
            findings = findings.Concat(new PhotoIntake(PhotoProcessingOptions.From(options)).Take(@case.Photos, resolver, IntakeDepth.Inspect, PhotoPlacement.HalfWidth).Findings);
        }

        return new ValidationReport(findings);
    }

    /// <summary>Whether the photo list is over its cap: then it is refused as a whole (the caps finding) and no photo is read or decoded.</summary>
    public static bool PhotosOverCap(PreAuthCase @case) => @case.Photos.Count > CaseLimits.Photos;

    /// <summary>Whether the attachment list is over its cap: then it is refused as a whole (the caps finding) and no attachment is read.</summary>
    public static bool AttachmentsOverCap(PreAuthCase @case) => @case.Attachments.Count > CaseLimits.Attachments;

    /// <summary>A case read from a file: photos resolved against its folder.</summary>
    public static ValidationReport Validate(CaseFile caseFile, DateOnly today, ValidationOptions? options = null, DocumentKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        options ??= new ValidationOptions();
        return Validate(caseFile.Case, today, options, kind, new FolderContentResolver(caseFile.BaseDirectory, options.AllowAbsolutePhotoPaths));
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

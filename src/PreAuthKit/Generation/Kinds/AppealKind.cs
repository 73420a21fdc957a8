using PreAuthKit.Checklist;
using PreAuthKit.Model;
using PreAuthKit.Pdf;
using PreAuthKit.ViewModels;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Appeal;

namespace PreAuthKit.Generation.Kinds;

/// <summary>The appeal letter: <c>appeal-letter.md.sbn</c>, the request's checklist items plus the denial notice and new evidence, those enclosures first.</summary>
internal sealed class AppealKind : DocumentKind
{
    public override string Name => "appeal";

    internal override string Template => "appeal-letter.md.sbn";

    internal override string FooterLabel => "Appeal";

    internal override PdfMetadata Metadata(DateTimeOffset created) => new("Appeal letter", "Appeal of a denied claim or authorization", created);

    internal override IReadOnlyList<ChecklistItemDefinition> ChecklistItems(PreAuthCase @case)
        => @case.Appeal is null ? DocumentationItems.Request : DocumentationItems.Appeal;

    internal override IEnumerable<ValidationFinding> Prerequisites(PreAuthCase @case)
        => @case.Appeal is null ? [F.SectionMissing.At("appeal")] : [];

    internal override IReadOnlyList<string> Enclosures(CaseAssessment assessment)
        => [.. EnclosureTitles.ForAppeal(assessment.Case, assessment.Case.Appeal!, AppealRoute.For(assessment.Case, assessment.Case.Appeal!)), .. EnclosureTitles.ForCase(assessment.Case)];

    internal override LetterModel BuildModel(CaseAssessment assessment, Validation.ValidationOptions options) => LetterModelBuilder.ForAppeal(assessment, options);
}

using PreAuthKit.Checklist;
using PreAuthKit.Model;
using PreAuthKit.Pdf;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Generation.Kinds;

/// <summary>The pre-authorization request: <c>preauth-request.md.sbn</c>, the six request checklist items, the case's attachments and photographs.</summary>
internal sealed class PreAuthorizationKind : DocumentKind
{
    public override string Name => "preauth";

    internal override string Template => "preauth-request.md.sbn";

    internal override string FooterLabel => "Pre-authorization request";

    internal override PdfMetadata Metadata(DateTimeOffset created) => new("Pre-authorization request", "Letter of medical necessity", created);

    internal override IReadOnlyList<ChecklistItemDefinition> ChecklistItems(PreAuthCase @case) => DocumentationItems.Request;

    internal override IReadOnlyList<string> Enclosures(CaseAssessment assessment) => EnclosureTitles.ForCase(assessment.Case);

    internal override LetterModel BuildModel(CaseAssessment assessment, Validation.ValidationOptions options) => LetterModelBuilder.ForPreAuthorization(assessment, options);
}

using PreAuthKit.CaseFiles;
using PreAuthKit.Layout;
using PreAuthKit.Markdown;
using PreAuthKit.Model;
using PreAuthKit.Pdf;
using PreAuthKit.Templating;
using PreAuthKit.Validation;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Generation;

/// <summary>
/// The pipeline: case -> validation -> view model -> Scriban -> Markdown -> Markdig -> layout -> PDF.
/// Thread-safe: parsed templates are shared, everything else is per run.
/// </summary>
internal sealed class DocumentPipeline(PreAuthGeneratorOptions options)
{
    public const string PreAuthTemplate = "preauth-request.md.sbn";

    private readonly TemplateRenderer _renderer = new(new TemplateCatalog(options.TemplatesFolder));

    public PreAuthGeneratorOptions Options => options;

    public DateOnly Today => DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().UtcDateTime);

    public ValidationReport Validate(CaseFile caseFile) => CaseValidator.Validate(caseFile, Today, options.Validation);

    public PipelineRun RenderPreAuthorization(CaseFile caseFile, CancellationToken cancellationToken)
    {
        var report = Validate(caseFile);
        if (report.IsBlocking)
        {
            throw new CaseValidationException(report);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var model = LetterModelBuilder.ForPreAuthorization(caseFile.Case);
        var markdown = _renderer.Render(PreAuthTemplate, model.Script, cancellationToken);
        var syntax = MarkdownParser.Parse(markdown);
        var blocks = BlockBuilder.Build(syntax);
        cancellationToken.ThrowIfCancellationRequested();

        using var measurer = new TextMeasurer();
        var page = options.PageSize == PageSize.A4 ? PageSetup.A4 : PageSetup.Letter;
        var layout = new DocumentLayouter(page, model.Furniture, measurer).Layout(blocks);
        var metadata = new PdfMetadata("Pre-authorization request", "Letter of medical necessity", CreatedAt(caseFile.Case));
        var pdf = PdfDocumentWriter.Write(layout, metadata, measurer);
        return new PipelineRun(report, model, markdown, syntax, blocks, layout, pdf);
    }

    /// <summary>The document date: the case's submission date at noon UTC, so the PDF does not depend on the clock.</summary>
    private static DateTimeOffset CreatedAt(PreAuthCase @case)
        => new(@case.SubmittedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

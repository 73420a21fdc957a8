using BenchmarkDotNet.Attributes;
using PreAuthKit.Benchmarks.Support;
using PreAuthKit.CaseFiles;
using PreAuthKit.Photos;
using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;
using PreAuthKit.Markdown;
using PreAuthKit.Pdf;
using PreAuthKit.Templating;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Benchmarks.Stages;

/// <summary>
/// The stages of the sample request without photos, each on its own, so the end-to-end time can
/// be attributed: validation of the sample case (FluentValidation + the ICD-10-CM table), the view
/// model, template rendering to Markdown (Scriban, parsed templates cached), Markdown to blocks
/// (Markdig), layout, and layout with PDF writing. Everything is warmed once in the setup.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PipelineStageBenchmarks
{
    private static readonly PdfMetadata Metadata = new("Pre-authorization request", "Letter of medical necessity", new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    private PreAuthGenerator _generator = null!;
    private CaseFile _request = null!;
    private TemplateRenderer _renderer = null!;
    private LetterModel _model = null!;
    private string _payerId = null!;
    private string _markdown = null!;
    private IReadOnlyList<ContentBlock> _blocks = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = FixedClock.Instance });
        _request = BenchmarkCases.RequestWithoutPhotos();
        _renderer = new TemplateRenderer(_generator.Pipeline.Catalog);
        _payerId = TemplateCatalog.SafePayerId(_request.Case.Payer.PayerId) ?? "";
        if (_generator.Validate(_request).IsBlocking)
        {
            throw new InvalidOperationException("The benchmark case should validate.");
        }

        _model = BuildViewModel();
        _markdown = TemplateToMarkdown();
        _blocks = BlockBuilder.Build(MarkdownParser.Parse(_markdown));
        LayoutOnly();
        LayoutAndPdf();
    }

    private LetterModel BuildViewModel()
        => LetterModelBuilder.ForPreAuthorization(_generator.Pipeline.Assess(_request, DocumentKind.PreAuthorization, IntakeDepth.Full, _generator, CancellationToken.None));

    [Benchmark]
    public int Validation() => _generator.Validate(_request).Findings.Count;

    [Benchmark]
    public int ViewModel() => BuildViewModel().Script.Count;

    [Benchmark]
    public string TemplateToMarkdown()
        => _renderer.Render(DocumentKind.PreAuthorization.Template, _model.Script, _payerId, CancellationToken.None);

    [Benchmark]
    public int MarkdownToBlocks() => BlockBuilder.Build(MarkdownParser.Parse(_markdown)).Count;

    [Benchmark]
    public int LayoutOnly()
    {
        using var measurer = new TextMeasurer();
        return new DocumentLayouter(PageSetup.Letter, _model.Furniture, measurer).Layout(_blocks).Pages.Count;
    }

    [Benchmark]
    public int LayoutAndPdf()
    {
        using var measurer = new TextMeasurer();
        var layout = new DocumentLayouter(PageSetup.Letter, _model.Furniture, measurer).Layout(_blocks);
        return PdfDocumentWriter.Write(layout, Metadata, measurer).Length;
    }
}

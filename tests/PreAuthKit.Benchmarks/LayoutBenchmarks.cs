using BenchmarkDotNet.Attributes;
using PdfSharp.Pdf;
using PreAuthKit.Benchmarks.Support;
using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;
using PreAuthKit.Markdown;
using PreAuthKit.Pdf;
using PdfMetadata = PreAuthKit.Pdf.PdfMetadata;

namespace PreAuthKit.Benchmarks;

/// <summary>
/// Layout and PDF writing of a two-page letter without photos, against a baseline in which
/// PDFsharp alone draws the same lines at fixed positions (no measuring, no layout, no
/// determinism pass), and the writer with PDFsharp's default deflate level instead of BestSpeed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LayoutBenchmarks
{
    private static readonly PdfMetadata Metadata = new("Pre-authorization request", "Letter of medical necessity", new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    private IReadOnlyList<ContentBlock> _blocks = null!;
    private PageFurniture _furniture = null!;
    private LayoutDocument _layout = null!;

    [GlobalSetup]
    public void Setup()
    {
        var markdown = File.ReadAllText(Path.Combine(BenchmarkPaths.Root, "tests", "PreAuthKit.Benchmarks", "TwoPageLetter.md"));
        _blocks = BlockBuilder.Build(MarkdownParser.Parse(markdown));
        _furniture = new PageFurniture(
            ["Riverside Dermatology & Scar Clinic", "400 Example Avenue, Springfield, IL 62701, Phone (555) 010-2000, Fax (555) 010-2001, NPI 1558598797"],
            "Patient: Jordan Sample | DOB 04/12/1988 | Member ID EXH123456789",
            "Pre-authorization request BSF-2026-0142");
        using var measurer = new TextMeasurer();
        _layout = new DocumentLayouter(PageSetup.Letter, _furniture, measurer).Layout(_blocks);
        if (_layout.Pages.Count != 2)
        {
            throw new InvalidOperationException($"The benchmark letter should fill two pages, not {_layout.Pages.Count}.");
        }
    }

    [Benchmark]
    public int LayoutOnly()
    {
        using var measurer = new TextMeasurer();
        return new DocumentLayouter(PageSetup.Letter, _furniture, measurer).Layout(_blocks).Pages.Count;
    }

    [Benchmark]
    public int LayoutAndPdf() => LayoutAndPdf(PdfFlateEncodeMode.BestSpeed);

    [Benchmark]
    public int LayoutAndPdfDefaultFlate() => LayoutAndPdf(PdfFlateEncodeMode.Default);

    [Benchmark(Baseline = true)]
    public int PdfSharpFixedLines() => FixedLinesBaseline.Write(_layout);

    private int LayoutAndPdf(PdfFlateEncodeMode mode)
    {
        using var measurer = new TextMeasurer();
        var layout = new DocumentLayouter(PageSetup.Letter, _furniture, measurer).Layout(_blocks);
        return PdfDocumentWriter.Write(layout, Metadata, measurer, mode).Length;
    }
}

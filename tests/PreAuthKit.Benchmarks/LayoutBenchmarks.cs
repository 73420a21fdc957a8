using BenchmarkDotNet.Attributes;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
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
    public int PdfSharpFixedLines()
    {
        using var measurer = new TextMeasurer();
        using var document = new PdfDocument();
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Options.CompressContentStreams = true;
        var pen = new XPen(XColors.Black, 0.5);
        foreach (var layoutPage in _layout.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(_layout.Page.Width);
            page.Height = XUnit.FromPoint(_layout.Page.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var item in layoutPage.AllItems)
            {
                switch (item)
                {
                    case TextItem text:
                        graphics.DrawString(text.Text, measurer.Font(text.Style), XBrushes.Black, text.X, text.Baseline, XStringFormats.BaseLineLeft);
                        break;
                    case RuleItem rule:
                        graphics.DrawLine(pen, rule.X1, rule.Y1, rule.X2, rule.Y2);
                        break;
                    case BoxItem box:
                        graphics.DrawRectangle(pen, box.X, box.Y, box.Width, box.Height);
                        break;
                }
            }
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return (int)output.Length;
    }

    private int LayoutAndPdf(PdfFlateEncodeMode mode)
    {
        using var measurer = new TextMeasurer();
        var layout = new DocumentLayouter(PageSetup.Letter, _furniture, measurer).Layout(_blocks);
        return PdfDocumentWriter.Write(layout, Metadata, measurer, mode).Length;
    }
}

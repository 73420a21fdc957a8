using System.Diagnostics;
using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PreAuthKit.Benchmarks.Support;
using PreAuthKit.Checklist;
using PreAuthKit.Generation;
using PreAuthKit.Layout;
using PreAuthKit.Markdown;
using PreAuthKit.Pdf;
using PreAuthKit.Templating;
using PreAuthKit.ViewModels;
using PdfMetadata = PreAuthKit.Pdf.PdfMetadata;

namespace PreAuthKit.Benchmarks.Diagnostics;

/// <summary>
/// A benchmark-only profile (<c>dotnet run -c Release --project tests/PreAuthKit.Benchmarks -- --breakdown</c>):
/// the request without photos taken apart stage by stage, and the PDF stage taken apart further
/// (PDFsharp drawing, saving with and without compression, our determinism pass), each with its
/// median wall time and the bytes it allocates on the calling thread. Not a benchmark: it prints
/// where the time and the allocations go, so a missed budget can be traced to a cause.
/// </summary>
internal static class StageBreakdown
{
    private const int Rounds = 60;

    public static void Run()
    {
        var generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = FixedClock.Instance });
        var request = BenchmarkCases.RequestWithoutPhotos();
        var pipeline = generator.Pipeline;
        var renderer = new TemplateRenderer(pipeline.Catalog);
        var payer = TemplateCatalog.SafePayerId(request.Case.Payer.PayerId);
        var model = LetterModelBuilder.ForPreAuthorization(request.Case, ChecklistBuilder.For(request.Case, DocumentKind.PreAuthorization));
        var markdown = renderer.Render(DocumentPipeline.PreAuthTemplate, model.Script, payer, CancellationToken.None);
        var blocks = BlockBuilder.Build(MarkdownParser.Parse(markdown));
        using var measurer = new TextMeasurer();
        var layout = new DocumentLayouter(PageSetup.Letter, model.Furniture, measurer).Layout(blocks);
        var metadata = new PdfMetadata("Pre-authorization request", "Letter of medical necessity", new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

        Console.WriteLine($"request without photos: {layout.Pages.Count} pages; median of {Rounds} rounds after warm-up, allocations on the calling thread");
        Console.WriteLine($"{"stage",-44} {"median ms",10} {"allocated KB",13}");
        Measure("end to end (pipeline, synchronous)", () => pipeline.RenderPreAuthorization(request, CancellationToken.None));
        Measure("end to end (facade, async)", () => generator.RenderPreAuthorizationAsync(request).GetAwaiter().GetResult());
        Measure("validation", () => generator.Validate(request));
        Measure("checklist + view model", () => LetterModelBuilder.ForPreAuthorization(request.Case, ChecklistBuilder.For(request.Case, DocumentKind.PreAuthorization)));
        Measure("template to Markdown", () => renderer.Render(DocumentPipeline.PreAuthTemplate, model.Script, payer, CancellationToken.None));
        Measure("Markdown to blocks", () => BlockBuilder.Build(MarkdownParser.Parse(markdown)));
        Measure("layout", () =>
        {
            using var m = new TextMeasurer();
            return new DocumentLayouter(PageSetup.Letter, model.Furniture, m).Layout(blocks);
        });
        Measure("PDF writer (ours, BestSpeed)", () => PdfDocumentWriter.Write(layout, metadata, measurer));
        Measure("  fingerprint", () => LayoutFingerprint.Compute(layout, metadata));
        var pdf = PdfDocumentWriter.Write(layout, metadata, measurer);
        Measure("  determinism token rewrite", () => DeterministicTokens.Rewrite((byte[])pdf.Clone(), new byte[32]));
        Measure("PDFsharp: draw fixed lines, no save", () => Baseline(layout, save: false, compress: true));
        Measure("PDFsharp: draw + save, BestSpeed", () => Baseline(layout, save: true, compress: true));
        Measure("PDFsharp: draw + save, uncompressed content", () => Baseline(layout, save: true, compress: false));
    }

    private static void Measure(string stage, Func<object> action)
    {
        for (var i = 0; i < 10; i++)
        {
            action();
        }

        var times = new double[Rounds];
        var bytes = new long[Rounds];
        for (var i = 0; i < Rounds; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            bytes[i] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(times);
        Array.Sort(bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-44} {times[Rounds / 2],10:F3} {bytes[Rounds / 2] / 1024.0,13:F1}"));
    }

    private static object Baseline(LayoutDocument layout, bool save, bool compress)
    {
        using var measurer = new TextMeasurer();
        using var document = new PdfDocument();
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Options.CompressContentStreams = compress;
        foreach (var layoutPage in layout.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(layout.Page.Width);
            page.Height = XUnit.FromPoint(layout.Page.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var item in layoutPage.AllItems)
            {
                if (item is TextItem text)
                {
                    graphics.DrawString(text.Text, measurer.Font(text.Style), XBrushes.Black, text.X, text.Baseline, XStringFormats.BaseLineLeft);
                }
            }
        }

        if (!save)
        {
            return document.PageCount;
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.Length;
    }
}

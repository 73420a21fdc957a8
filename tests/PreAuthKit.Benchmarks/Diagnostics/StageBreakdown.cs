using System.Diagnostics;
using System.Globalization;
using PreAuthKit.Benchmarks.Support;
using PreAuthKit.CaseFiles;
using PreAuthKit.Photos;
using PreAuthKit.Layout;
using PreAuthKit.Markdown;
using PreAuthKit.Model;
using PreAuthKit.Pdf;
using PreAuthKit.Templating;
using PreAuthKit.ViewModels;
using SkiaSharp;
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

    public static void Run(bool photo = true, bool photosOnly = false)
    {
        if (photosOnly)
        {
            SamplePhoto();
            Photo();
            return;
        }

        var generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = FixedClock.Instance });
        var request = BenchmarkCases.RequestWithoutPhotos();
        var pipeline = generator.Pipeline;
        var renderer = new TemplateRenderer(pipeline.Catalog);
        var payer = TemplateCatalog.SafePayerId(request.Case.Payer.PayerId);
        var model = LetterModelBuilder.ForPreAuthorization(pipeline.Assess(request, DocumentKind.PreAuthorization, IntakeDepth.Full, generator, CancellationToken.None));
        var markdown = renderer.Render(DocumentKind.PreAuthorization.Template, model.Script, payer, CancellationToken.None);
        var blocks = BlockBuilder.Build(MarkdownParser.Parse(markdown));
        using var measurer = new TextMeasurer();
        var layout = new DocumentLayouter(PageSetup.Letter, model.Furniture, measurer).Layout(blocks);
        var metadata = new PdfMetadata("Pre-authorization request", "Letter of medical necessity", new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

        InSequence(generator, request, renderer, payer, metadata);
        Jitting("validation", () => generator.Validate(request));
        Jitting("template to Markdown", () => renderer.Render(DocumentKind.PreAuthorization.Template, model.Script, payer, CancellationToken.None));
        Jitting("Markdown to blocks", () => BlockBuilder.Build(MarkdownParser.Parse(markdown)));
        Jitting("PDF writer", () => PdfDocumentWriter.Write(layout, metadata, measurer));
        Jitting("end to end", () => pipeline.RenderPreAuthorization(request, CancellationToken.None));

        Console.WriteLine($"request without photos: {layout.Pages.Count} pages; median of {Rounds} rounds after warm-up, allocations on the calling thread");
        Console.WriteLine($"{"stage",-44} {"median ms",10} {"allocated KB",13}");
        Measure("end to end (pipeline, synchronous)", () => pipeline.RenderPreAuthorization(request, CancellationToken.None));
        Measure("end to end (facade, async)", () => generator.RenderPreAuthorizationAsync(request).GetAwaiter().GetResult());
        Measure("validation", () => generator.Validate(request));
        var titlesOnly = BenchmarkCases.RequestWithoutPhotosOrAttachmentFiles();
        Measure("validation, attachments named by title only", () => generator.Validate(titlesOnly));
        Measure("end to end, attachments by title only", () => pipeline.RenderPreAuthorization(titlesOnly, CancellationToken.None));
        var intake = new PreAuthKit.Packet.AttachmentIntake(PreAuthKit.Packet.AttachmentLimits.Default, PreAuthKit.Packet.PacketGeometry.Letter, greyscale: false);
        var verify = new PreAuthKit.Packet.AttachmentIntake(PreAuthKit.Packet.AttachmentLimits.Default, PreAuthKit.Packet.PacketGeometry.Letter, greyscale: false, buildPages: false);
        foreach (var (attachment, index) in request.Case.Attachments.Select((a, i) => (a, i)).Where(p => p.a.Path is not null))
        {
            var file = File.ReadAllBytes(Path.Combine(BenchmarkPaths.Root, "samples", "cases", attachment.Path!));
            Measure($"  attachment intake, packet: {Path.GetExtension(attachment.Path)} ({file.Length / 1024} KB)", () => intake.Read(attachment, index, file));
            Measure($"  attachment intake, verify: {Path.GetExtension(attachment.Path)} ({file.Length / 1024} KB)", () => verify.Read(attachment, index, file));
        }

        Measure("assessment (rules, checklist) + view model", () => LetterModelBuilder.ForPreAuthorization(pipeline.Assess(request, DocumentKind.PreAuthorization, IntakeDepth.Full, generator, CancellationToken.None)));
        Measure("template to Markdown", () => renderer.Render(DocumentKind.PreAuthorization.Template, model.Script, payer, CancellationToken.None));
        Measure("Markdown to blocks", () => BlockBuilder.Build(MarkdownParser.Parse(markdown)));
        Measure("layout", () =>
        {
            using var m = new TextMeasurer();
            return new DocumentLayouter(PageSetup.Letter, model.Furniture, m).Layout(blocks);
        });
        Measure("PDF writer (ours, BestSpeed)", () => PdfDocumentWriter.Write(layout, metadata, measurer));
        var saved = new MemoryStream();
        Measure("  PDFsharp draw + tags + save, uncompressed", () =>
        {
            saved.SetLength(0);
            return PdfDocumentWriter.Compose(layout, metadata, measurer, PdfOutputOptions.Default, saved);
        });
        var raw = saved.ToArray();
        Console.WriteLine($"  (uncompressed file: {raw.Length / 1024} KB)");
        Measure("  finisher (compress, fix, new xref)", () => PdfFinisher.Finish(raw, System.IO.Compression.CompressionLevel.Fastest));
        Measure("  fingerprint", () => LayoutFingerprint.Compute(layout, metadata));
        var pdf = PdfDocumentWriter.Write(layout, metadata, measurer);
        Measure("  determinism token rewrite", () => DeterministicTokens.Rewrite((byte[])pdf.Clone(), new byte[32]));
        Measure("PDFsharp: draw fixed lines, no save", () => FixedLinesBaseline.Write(layout, save: false, compress: true));
        Measure("PDFsharp: draw + save, BestSpeed", () => FixedLinesBaseline.Write(layout, save: true, compress: true));
        Measure("PDFsharp: draw + save, uncompressed content", () => FixedLinesBaseline.Write(layout, save: true, compress: false));

        if (photo)
        {
            Photo();
        }

        Sample("the PDF writer", () => PdfDocumentWriter.Write(layout, metadata, measurer));
        Sample("the finisher", () => PdfFinisher.Finish(raw, System.IO.Compression.CompressionLevel.Fastest));
        Sample("end to end", () => pipeline.RenderPreAuthorization(request, CancellationToken.None));
    }

    /// <summary>
    /// The stages timed inside whole runs, one after the other as the pipeline runs them (so each
    /// stage sees the caches the previous one left, as it does in production), rather than each
    /// stage repeated on its own with its working set hot.
    /// </summary>
    private static void InSequence(PreAuthGenerator generator, CaseFile request, TemplateRenderer renderer, string? payer, PdfMetadata metadata)
    {
        string[] names = ["validation", "checklist + view model", "template to Markdown", "Markdown to blocks", "layout", "PDF writer", "whole run"];
        const int Runs = 300;
        var times = new double[names.Length][];
        for (var s = 0; s < names.Length; s++)
        {
            times[s] = new double[Runs];
        }

        for (var run = -50; run < Runs; run++)
        {
            var t0 = Stopwatch.GetTimestamp();
            generator.Validate(request);
            var t1 = Stopwatch.GetTimestamp();
            var model = LetterModelBuilder.ForPreAuthorization(generator.Pipeline.Assess(request, DocumentKind.PreAuthorization, IntakeDepth.Full, generator, CancellationToken.None));
            var t2 = Stopwatch.GetTimestamp();
            var markdown = renderer.Render(DocumentKind.PreAuthorization.Template, model.Script, payer, CancellationToken.None);
            var t3 = Stopwatch.GetTimestamp();
            var blocks = BlockBuilder.Build(MarkdownParser.Parse(markdown));
            var t4 = Stopwatch.GetTimestamp();
            using var measurer = new TextMeasurer();
            var layout = new DocumentLayouter(PageSetup.Letter, model.Furniture, measurer).Layout(blocks);
            var t5 = Stopwatch.GetTimestamp();
            PdfDocumentWriter.Write(layout, metadata, measurer);
            var t6 = Stopwatch.GetTimestamp();
            if (run < 0)
            {
                continue;
            }

            long[] marks = [t0, t1, t2, t3, t4, t5, t6];
            for (var s = 0; s < 6; s++)
            {
                times[s][run] = Stopwatch.GetElapsedTime(marks[s], marks[s + 1]).TotalMilliseconds;
            }

            times[6][run] = Stopwatch.GetElapsedTime(t0, t6).TotalMilliseconds;
        }

        Console.WriteLine($"request without photos, stages timed inside {Runs} whole runs (median ms, share of the whole-run median):");
        var whole = Median(times[6]);
        for (var s = 0; s < names.Length; s++)
        {
            var median = Median(times[s]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[s],-42} {median,10:F3} {median / whole,8:P0}"));
        }
    }

    /// <summary>How many methods the JIT compiles per call once warm: should be zero; anything else (dynamic methods) keeps the JIT busy and holds back tiering.</summary>
    private static void Jitting(string stage, Func<object> action)
    {
        for (var i = 0; i < 20; i++)
        {
            action();
        }

        var before = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-42} {compiled / 100.0,8:F1} methods JIT-compiled per call (on this thread, warm)"));
        if (compiled > 0)
        {
            using var listener = new JitListener { Recording = true };
            for (var i = 0; i < 20; i++)
            {
                action();
            }

            listener.Recording = false;
            foreach (var (method, count) in listener.Top(5))
            {
                Console.WriteLine($"      {count,4} x {method}");
            }
        }
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return sorted[sorted.Length / 2];
    }

    /// <summary>Runs the request without photos in a loop for a sampling profiler (perf): <c>--profile-loop</c>.</summary>
    public static void Loop(int seconds)
    {
        var generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = FixedClock.Instance });
        var request = BenchmarkCases.RequestWithoutPhotos();
        var runs = 0;
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started).TotalSeconds < seconds)
        {
            generator.Pipeline.RenderPreAuthorization(request, CancellationToken.None);
            runs++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs in {seconds} s: {seconds * 1000.0 / runs:F2} ms per run"));
    }

    /// <summary>A photo of the sample's size (its own 1200 x 1600 JPEG) taken apart the same way.</summary>
    private static void SamplePhoto()
    {
        var bytes = File.ReadAllBytes(Path.Combine(BenchmarkPaths.Root, "samples", "cases", "photos", "forearm-volar-overview.jpg"));
        var record = new PhotoRecord { Path = "photo.jpg", TakenOn = new DateOnly(2026, 11, 2) };
        var processor = new PhotoProcessor();
        Console.WriteLine($"one photo of the sample's size (1200 x 1600, {bytes.Length / 1024} KB), placed at half width:");
        Measure("photo: processor, from bytes", () => processor.Process(record, 0, bytes, PhotoPlacement.HalfWidth));
        Measure("  header + structure checks (Inspect)", () => processor.Inspect(bytes) ?? (object)"ok");
        Measure("  EXIF (MetadataExtractor)", () => ExifInspector.Inspect(bytes));
        ScaledDecodes(bytes, 4, 5, 8);

        using var upright = new SKBitmap(new SKImageInfo(650, 866, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        Measure("  JPEG encode q85 (650 x 866)", () =>
        {
            using var pixmap = upright.PeekPixels();
            using var jpeg = pixmap.Encode(new SKJpegEncoderOptions(85));
            return jpeg?.Size ?? 0;
        });
    }

    /// <summary>The JPEG decoded at each scale (in eighths), as the photo processor's scaled decode does.</summary>
    private static void ScaledDecodes(byte[] bytes, params int[] scales)
    {
        foreach (var eighths in scales)
        {
            Measure($"  decode at {eighths}/8 scale (SKCodec.GetPixels)", () =>
            {
                using var data = SKData.CreateCopy(bytes);
                using var codec = SKCodec.Create(data);
                var size = codec.GetScaledDimensions(eighths / 8f);
                var info = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
                using var bitmap = new SKBitmap(info);
                return codec.GetPixels(info, bitmap.GetPixels());
            });
        }
    }

    /// <summary>One 12 MP photo taken apart: the whole processor, from bytes and from the file, and its main steps redone with the same SkiaSharp calls.</summary>
    private static void Photo()
    {
        var folder = PhotoFiles.EnsureTwelveMegapixelSet();
        var spec = PhotoFiles.TwelveMegapixelSet[0];
        var path = Path.Combine(folder, spec.FileName);
        var bytes = File.ReadAllBytes(path);
        var record = new PhotoRecord { Path = spec.FileName, TakenOn = new DateOnly(2026, 11, 2) };
        var processor = new PhotoProcessor();
        Console.WriteLine($"one 12 MP photo ({spec.UprightWidth} x {spec.UprightHeight} upright, orientation {spec.Orientation}, {bytes.Length / 1024} KB), placed at half width:");
        Measure("photo: processor, from the file", () => processor.Process(record, 0, folder, PhotoPlacement.HalfWidth));
        Measure("photo: processor, from bytes", () => processor.Process(record, 0, bytes, PhotoPlacement.HalfWidth));
        Measure("  read the file", () => File.ReadAllBytes(path));
        Measure("  EXIF (MetadataExtractor)", () => ExifInspector.Inspect(bytes));
        ScaledDecodes(bytes, 1, 2, 8);

        using var decodedData = SKData.CreateCopy(bytes);
        using var decodedCodec = SKCodec.Create(decodedData);
        var decodedSize = decodedCodec.GetScaledDimensions(2 / 8f);
        var decodedInfo = new SKImageInfo(decodedSize.Width, decodedSize.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        using var decoded = new SKBitmap(decodedInfo);
        decodedCodec.GetPixels(decodedInfo, decoded.GetPixels());
        var (targetWidth, targetHeight) = (650, 866);
        var matrix = OrientationTransform.Matrix(decodedCodec.EncodedOrigin, decodedSize.Width, decodedSize.Height, targetWidth, targetHeight);
        Measure("  SKImage.FromBitmap (copies a mutable bitmap)", () =>
        {
            using var image = SKImage.FromBitmap(decoded);
            return image.Width;
        });
        using var upright = new SKBitmap(new SKImageInfo(targetWidth, targetHeight, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        Measure("  orient + scale (canvas draw, linear)", () =>
        {
            using var canvas = new SKCanvas(upright);
            using var image = SKImage.FromPixels(decoded.PeekPixels());
            canvas.Clear(SKColors.White);
            canvas.SetMatrix(matrix);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), null);
            canvas.Flush();
            return upright.Width;
        });
        using var scaled = new SKBitmap(new SKImageInfo(targetHeight, targetWidth, SKImageInfo.PlatformColorType, SKAlphaType.Premul));
        Measure("  alternative: axis-aligned scale (ScalePixels)", () => decoded.ScalePixels(scaled, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None)));
        var exact = OrientationTransform.Matrix(decodedCodec.EncodedOrigin, targetHeight, targetWidth, targetWidth, targetHeight);
        Measure("  alternative: then exact 90-degree turn (nearest)", () =>
        {
            using var canvas = new SKCanvas(upright);
            using var image = SKImage.FromPixels(scaled.PeekPixels());
            canvas.SetMatrix(exact);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None), null);
            canvas.Flush();
            return upright.Width;
        });
        Measure("  JPEG encode q85", () =>
        {
            using var pixmap = upright.PeekPixels();
            using var jpeg = pixmap.Encode(new SKJpegEncoderOptions(85));
            return jpeg?.Size ?? 0;
        });
    }

    /// <summary>Which types the allocations of an action are made of (AllocationTick samples).</summary>
    private static void Sample(string what, Func<object> action)
    {
        using var sampler = new AllocationSampler();
        sampler.Recording = true;
        for (var i = 0; i < 200; i++)
        {
            action();
        }

        sampler.Recording = false;
        Console.WriteLine($"allocation samples of {what} (200 runs), by type:");
        foreach (var (type, bytes) in sampler.Top(15))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type,-70} {bytes / 200.0 / 1024.0,10:F1} KB/run"));
        }
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
}

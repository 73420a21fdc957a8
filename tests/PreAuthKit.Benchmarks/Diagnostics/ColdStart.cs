using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using PreAuthKit.Codes;
using PreAuthKit.Layout;
using PreAuthKit.Markdown;
using PreAuthKit.Pdf;
using PreAuthKit.Photos;
using PreAuthKit.Templating;

namespace PreAuthKit.Benchmarks.Diagnostics;

/// <summary>
/// Where the time of a cold letter goes (<c>-- --cold [case.json]</c>): one fresh process does
/// each step of the host's work once, in the host's order, and prints per step its wall time, the
/// methods the JIT compiled and the time it spent compiling them (all threads), and the bytes
/// allocated. Run it as a fresh process each time; a second step in the same process is no longer
/// cold. Not a benchmark: whole-process figures come from <c>/usr/bin/time</c> or <c>hyperfine</c>.
/// </summary>
internal static class ColdStart
{
    private static JitListener? _names;

    /// <summary>Runs the steps; with <paramref name="names"/> also lists, per step, the types whose methods the JIT compiled most (the listener itself costs time).</summary>
    public static void Run(string? casePath, bool names = false)
    {
        _names = names ? new JitListener { Recording = true } : null;
        var mainEntered = Stopwatch.GetTimestamp();
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        casePath ??= Path.Combine(Support.BenchmarkPaths.Root, "samples", "cases", "burn-scar-forearm.json");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process start to Main: {sinceStart.TotalMilliseconds:F0} ms; GC: {(GCSettings.IsServerGC ? "server" : "workstation")}; R2R code used: {IsReadyToRun()}"));
        Console.WriteLine($"{"step (first call, in order)",-40} {"wall ms",8} {"JIT'd",6} {"JIT ms",7} {"alloc KB",9}");

        var input = Step("read the case (JSON)", () => CaseInput.Load(casePath));
        var generator = Step("new PreAuthGenerator (options, templates)", () => new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = Support.FixedClock.Instance }));
        Step("ICD-10-CM FY2026 table", () => Icd10Cm.ForFiscalYear(2026));
        Step("ICD-10-CM FY2027 table (FY2026 + changes)", () => Icd10Cm.ForFiscalYear(2027));
        Step("validate (FluentValidation, rules)", () => generator.Validate(input, DocumentKind.PreAuthorization));
        var pipeline = generator.Pipeline;
        var kind = DocumentKind.PreAuthorization;
        var assessment = Step("assess for render (rules, checklist)", () => pipeline.Assess(input, kind, IntakeDepth.Full, generator, CancellationToken.None));
        var model = Step("view model", () => kind.BuildModel(assessment));
        var renderer = new TemplateRenderer(pipeline.Catalog);
        var markdown = Step("template to Markdown (Scriban parse+render)", () => renderer.Render(kind.Template, model.Script, TemplateCatalog.SafePayerId(input.Case.Payer.PayerId), CancellationToken.None));
        var blocks = Step("Markdown to blocks (Markdig)", () => BlockBuilder.Build(MarkdownParser.Parse(markdown)));
        var measurer = Step("text measurer (fonts)", () => new TextMeasurer());
        var layout = Step("layout", () => new DocumentLayouter(PageSetup.Letter, model.Furniture, measurer, assessment.Photos).Layout(blocks));
        Step("PDF (PDFsharp)", () => PdfDocumentWriter.Write(layout, kind.Metadata(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero)), measurer));
        measurer.Dispose();
        var result = Step("whole render, first time", () => generator.Render(input, kind));
        Step("second render (warm-ish)", () => generator.Render(input, DocumentKind.PreAuthorization));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"Main to here",-40} {Stopwatch.GetElapsedTime(mainEntered).TotalMilliseconds,8:F1} {JitInfo.GetCompiledMethodCount(),6} {JitInfo.GetCompilationTime().TotalMilliseconds,7:F1}   ({result.Document?.PageCount} pages)"));
    }

    private static T Step<T>(string name, Func<T> action)
    {
        var methods = JitInfo.GetCompiledMethodCount();
        var jit = JitInfo.GetCompilationTime();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        var value = action();
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {wall,8:F1} {JitInfo.GetCompiledMethodCount() - methods,6} {(JitInfo.GetCompilationTime() - jit).TotalMilliseconds,7:F1} {(GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1024.0,9:F0}"));
        if (_names is { } listener)
        {
            Thread.Sleep(300); // runtime events arrive late; outside the timed part
            foreach (var (method, count) in listener.TopTypes(12))
            {
                Console.WriteLine($"      {count,5} {method}");
            }

            listener.Clear();
        }

        return value;
    }

    /// <summary>Whether the library was loaded from a ReadyToRun image (a publish with <c>PublishReadyToRun</c>).</summary>
    private static bool IsReadyToRun()
    {
        var path = typeof(PreAuthGenerator).Assembly.Location;
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}

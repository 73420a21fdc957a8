using BenchmarkDotNet.Attributes;
using PreAuthKit.Benchmarks.Support;
using PreAuthKit.CaseFiles;
using PreAuthKit.Layout;

namespace PreAuthKit.Benchmarks;

/// <summary>
/// End to end through the public facade, with a generator warmed once (parsed templates, the
/// ICD-10-CM table, fonts) as a long-running clinic service has it: the sample request without
/// photos (4 pages: more than the budget's 2-page request), the bundled sample as shipped (two small photos), an appeal letter, and the baseline in
/// which PDFsharp alone draws the request's own lines at fixed positions.
/// Budget: the request without photos at most 3 ms median, at most 2x the baseline, at most 2 MB allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EndToEndBenchmarks
{
    private PreAuthGenerator _generator = null!;
    private CaseFile _request = null!;
    private CaseFile _requestTitlesOnly = null!;
    private CaseFile _sample = null!;
    private CaseFile _appeal = null!;
    private LayoutDocument _requestLayout = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = FixedClock.Instance });
        _request = BenchmarkCases.RequestWithoutPhotos();
        _requestTitlesOnly = BenchmarkCases.RequestWithoutPhotosOrAttachmentFiles();
        _sample = BenchmarkCases.SampleRequest();
        _appeal = BenchmarkCases.AppealWithoutPhotos();
        var request = _generator.RenderPreAuthorizationAsync(_request).GetAwaiter().GetResult();

        _generator.RenderPreAuthorizationAsync(_sample).GetAwaiter().GetResult();
        _generator.RenderAppealAsync(_appeal).GetAwaiter().GetResult();
        _requestLayout = _generator.Pipeline.RenderPreAuthorization(_request, CancellationToken.None).Layout;
        Console.WriteLine($"// request without photos: {request.PageCount} pages, {request.Pdf.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public int PdfSharpFixedLines() => FixedLinesBaseline.Write(_requestLayout);

    [Benchmark]
    public int RequestWithoutPhotos() => _generator.RenderPreAuthorizationAsync(_request).GetAwaiter().GetResult().PageCount;

    /// <summary>
    /// The same letter with its two attachments listed by title only (no file to read): the letter
    /// renderer alone, as issue 19 measured it. The row above adds the attachment intake (a TIFF
    /// decoded, scaled and encoded, a PDF import trial), which every render runs since the packet merged.
    /// </summary>
    [Benchmark]
    public int RequestWithoutPhotosAttachmentsByTitle() => _generator.RenderPreAuthorizationAsync(_requestTitlesOnly).GetAwaiter().GetResult().PageCount;

    /// <summary>The same request through the internal pipeline on the calling thread: the facade's cost is its Task.Run hop.</summary>
    [Benchmark]
    public int RequestWithoutPhotosSynchronous() => _generator.Pipeline.RenderPreAuthorization(_request, CancellationToken.None).Pdf.Length;

    [Benchmark]
    public int SampleRequestTwoSmallPhotos() => _generator.RenderPreAuthorizationAsync(_sample).GetAwaiter().GetResult().PageCount;

    [Benchmark]
    public int Appeal() => _generator.RenderAppealAsync(_appeal).GetAwaiter().GetResult().PageCount;
}

using BenchmarkDotNet.Attributes;
using PreAuthKit.Benchmarks.Support;
using PreAuthKit.CaseFiles;
using PreAuthKit.Photos;

namespace PreAuthKit.Benchmarks.Photos;

/// <summary>
/// The request with four 12-megapixel phone photos (generated once, cached on disk; see
/// <see cref="PhotoFiles"/>), end to end through the facade, and the photo stage alone (the four
/// photos read, decoded, turned upright, scaled and re-encoded, up to four in parallel).
/// Budget: end to end at most 250 ms; the PDF at most 2 MB.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FourPhotoBenchmarks
{
    private PreAuthGenerator _generator = null!;
    private CaseFile _case = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = FixedClock.Instance });
        _case = BenchmarkCases.RequestWithFourPhotos();
        var document = _generator.RenderPreAuthorizationAsync(_case).GetAwaiter().GetResult();
        var photos = PhotoSet.Process(_case.Case.Photos, _case.BaseDirectory, PhotoPlacement.HalfWidth);
        if (photos.Photos.Count() != 4)
        {
            throw new InvalidOperationException("All four benchmark photos should process.");
        }

        Console.WriteLine($"// request with four 12 MP photos: {document.PageCount} pages, {document.Pdf.Length} bytes ({document.Pdf.Length / 1024.0 / 1024.0:F2} MB)");
    }

    [Benchmark]
    public int RequestWithFourPhotos() => _generator.RenderPreAuthorizationAsync(_case).GetAwaiter().GetResult().PageCount;

    [Benchmark]
    public int FourPhotosOnly() => PhotoSet.Process(_case.Case.Photos, _case.BaseDirectory, PhotoPlacement.HalfWidth).Photos.Count();
}

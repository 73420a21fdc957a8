using BenchmarkDotNet.Attributes;
using PreAuthKit.Model;
using PreAuthKit.Photos;

namespace PreAuthKit.Benchmarks.Photos;

/// <summary>
/// One 12-megapixel phone photo (generated: 4000 x 3000 upright, stored sideways with EXIF
/// orientation 6, GPS and a capture date, with noise so it does not compress trivially) processed
/// for placement at half the text width, and one photo of the sample's size (the bundled sample's
/// own synthetic 1200 x 1600, 105 KB JPEG). Issue 19: at most 60 ms and at most 3 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PhotoBenchmarks
{
    private readonly PhotoProcessor _processor = new();
    private readonly PhotoRecord _record = new() { Path = "phone.jpg", TakenOn = new DateOnly(2026, 11, 2) };
    private byte[] _jpeg = [];
    private byte[] _sampleSize = [];

    [GlobalSetup]
    public void Setup()
    {
        _sampleSize = File.ReadAllBytes(Path.Combine(Support.BenchmarkPaths.Root, "samples", "cases", "photos", "forearm-volar-overview.jpg"));
        _jpeg = SyntheticPhotos.Jpeg(4000, 3000, new ExifSpec
        {
            Orientation = 6,
            DateTimeOriginal = new DateTime(2026, 11, 2, 10, 0, 0),
            Gps = (39.8, -89.6),
            SerialNumber = "SYN-BENCH",
            Thumbnail = SyntheticPhotos.Thumbnail(),
        }, noise: 12, quality: 92);
    }

    [Benchmark]
    public int PhotoTwelveMegapixelAtHalfWidth()
        => _processor.Process(_record, 0, _jpeg, PhotoPlacement.HalfWidth).Photo?.Jpeg.Length
            ?? throw new InvalidOperationException("the benchmark photo failed to process");

    [Benchmark]
    public int PhotoSampleSizeAtHalfWidth()
        => _processor.Process(_record, 0, _sampleSize, PhotoPlacement.HalfWidth).Photo?.Jpeg.Length
            ?? throw new InvalidOperationException("the sample photo failed to process");
}

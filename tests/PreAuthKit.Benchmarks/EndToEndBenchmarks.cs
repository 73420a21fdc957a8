using BenchmarkDotNet.Attributes;
using PreAuthKit.CaseFiles;

namespace PreAuthKit.Benchmarks;

/// <summary>End to end: a warmed generator renders the bundled sample case.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private PreAuthGenerator _generator = null!;
    private CaseFile _case = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generator = new PreAuthGenerator();
        _case = CaseFileReader.Load(BenchmarkPaths.SampleCase("burn-scar-forearm.json"));
        _generator.RenderPreAuthorizationAsync(_case).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int PreAuthorizationWithoutPhotos() => _generator.RenderPreAuthorizationAsync(_case).GetAwaiter().GetResult().PageCount;
}

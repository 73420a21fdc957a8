using BenchmarkDotNet.Attributes;
using PreAuthKit.Benchmarks.Support;
using PreAuthKit.CaseFiles;

namespace PreAuthKit.Benchmarks.Batch;

/// <summary>
/// Batch throughput: <see cref="Letters"/> distinct requests without photos rendered by one shared
/// generator with 1 or 2 concurrent workers. Times are per letter (OperationsPerInvoke), so
/// letters per second = 1 s / Mean, and the scaling from 1 to 2 workers is Mean(1) / Mean(2).
/// The requests list their attachments by title only (the letter renderer, as issue 19 measured
/// it; the attachment intake's cost is its own row in EndToEndBenchmarks). Issue 19: scaling at least 1.8x.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BatchBenchmarks
{
    /// <summary>Letters per batch.</summary>
    public const int Letters = 32;

    private PreAuthGenerator _generator = null!;
    private IReadOnlyList<CaseFile> _cases = null!;

    /// <summary>Concurrent renders.</summary>
    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = FixedClock.Instance });
        _cases = BenchmarkCases.Batch(Letters, attachmentFiles: false);
        Render();
    }

    [Benchmark(OperationsPerInvoke = Letters)]
    public int Render()
    {
        var pages = 0;
        Parallel.ForEachAsync(_cases, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (caseFile, cancellationToken) =>
        {
            var document = await _generator.RenderPreAuthorizationAsync(caseFile, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref pages, document.PageCount);
        }).GetAwaiter().GetResult();
        return pages;
    }
}

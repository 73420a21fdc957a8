using BenchmarkDotNet.Running;
using PreAuthKit.Benchmarks.Diagnostics;

if (args is ["--breakdown"])
{
    // A profile by stage, not a benchmark: see Diagnostics/StageBreakdown.cs.
    StageBreakdown.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PreAuthKit.Benchmarks.EndToEndBenchmarks).Assembly).Run(args);

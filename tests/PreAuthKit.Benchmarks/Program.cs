using BenchmarkDotNet.Running;
using PreAuthKit.Benchmarks.Diagnostics;

if (args is ["--breakdown", .. var parts])
{
    // A profile by stage, not a benchmark: see Diagnostics/StageBreakdown.cs.
    StageBreakdown.Run(photo: !parts.Contains("--no-photo"), photosOnly: parts.Contains("--photos"));
    return;
}

if (args is ["--cold", .. var rest])
{
    // Where a cold letter's time goes, step by step, in a fresh process: see Diagnostics/ColdStart.cs.
    ColdStart.Run(rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)), names: rest.Contains("--jit-names"));
    return;
}

if (args is ["--profile-loop", var seconds])
{
    // The request without photos in a loop, for `perf record` (see docs/performance.md).
    StageBreakdown.Loop(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PreAuthKit.Benchmarks.EndToEndBenchmarks).Assembly).Run(args);

using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PreAuthKit.Benchmarks.EndToEndBenchmarks).Assembly).Run(args);

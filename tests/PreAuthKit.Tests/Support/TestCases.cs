using PreAuthKit.CaseFiles;

namespace PreAuthKit.Tests.Support;

/// <summary>Synthetic cases and a generator with a fixed clock for tests.</summary>
internal static class TestCases
{
    /// <summary>The clock every test uses: 2026-11-26 12:00 UTC.</summary>
    public static TimeProvider Clock { get; } = new FixedTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public static CaseFile BurnScarForearm() => CaseFileReader.Load(RepoPaths.SampleCase("burn-scar-forearm.json"));

    public static PreAuthGenerator Generator(Action<PreAuthGeneratorOptions>? configure = null)
    {
        var options = new PreAuthGeneratorOptions { TimeProvider = Clock };
        configure?.Invoke(options);
        return new PreAuthGenerator(options);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

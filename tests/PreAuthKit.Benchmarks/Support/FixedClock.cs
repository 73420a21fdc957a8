namespace PreAuthKit.Benchmarks.Support;

/// <summary>The clock the benchmarks use (2026-11-26 12:00 UTC, as the tests do), so validation results do not drift with the date.</summary>
internal sealed class FixedClock : TimeProvider
{
    public static FixedClock Instance { get; } = new();

    public override DateTimeOffset GetUtcNow() => new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
}

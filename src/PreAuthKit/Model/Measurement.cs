namespace PreAuthKit.Model;

/// <summary>
/// An objective measurement of the condition (baseline), optionally with the target the treatment
/// aims for: a scar scale score (VSS, POSAS), a range of motion with its normal value, an area,
/// a pain score. Printed in the letter's baseline-and-target table.
/// </summary>
public sealed record Measurement
{
    /// <summary>The scale or kind. Defaults to <see cref="MeasurementKind.Other"/>.</summary>
    public MeasurementKind Kind { get; init; } = MeasurementKind.Other;

    /// <summary>What was measured (e.g. "Left wrist active extension"). Required for range of motion and other measurements.</summary>
    public string? Name { get; init; }

    /// <summary>The measured (baseline) value.</summary>
    public decimal? Value { get; init; }

    /// <summary>The unit; when absent the kind's default unit is used (points, degrees, cm², cm, 0-10). Required for <see cref="MeasurementKind.Other"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The date of the measurement.</summary>
    public DateOnly? MeasuredOn { get; init; }

    /// <summary>How it was measured (e.g. "goniometer, active", "ruler and tracing").</summary>
    public string? Method { get; init; }

    /// <summary>The normal value for comparison (e.g. 70 degrees of wrist extension).</summary>
    public decimal? NormalValue { get; init; }

    /// <summary>The value the treatment aims for (e.g. a VSS of 5 or 60 degrees of extension).</summary>
    public decimal? Target { get; init; }

    /// <summary>Body site, when it is not clear from the name.</summary>
    public string? BodySite { get; init; }
}

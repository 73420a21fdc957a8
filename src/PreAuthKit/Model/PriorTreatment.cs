namespace PreAuthKit.Model;

/// <summary>A treatment already tried, with its outcome.</summary>
public sealed record PriorTreatment
{
    /// <summary>What was done (e.g. "silicone gel sheeting").</summary>
    public string Treatment { get; init; } = "";

    /// <summary>When it started.</summary>
    public DateOnly? StartedOn { get; init; }

    /// <summary>When it ended.</summary>
    public DateOnly? EndedOn { get; init; }

    /// <summary>What came of it.</summary>
    public string? Outcome { get; init; }
}

namespace PreAuthKit.Model;

/// <summary>The plan of treatment the request asks to authorize.</summary>
public sealed record TreatmentPlan
{
    /// <summary>Number of sessions.</summary>
    public int? Sessions { get; init; }

    /// <summary>Interval between sessions (e.g. "4 to 6 weeks").</summary>
    public string? Interval { get; init; }

    /// <summary>Expected outcomes.</summary>
    public IReadOnlyList<string> ExpectedOutcomes { get; init; } = [];

    /// <summary>Why this treatment rather than another.</summary>
    public string? Rationale { get; init; }

    /// <summary>Alternatives considered and why they were not chosen.</summary>
    public IReadOnlyList<string> AlternativesConsidered { get; init; } = [];
}

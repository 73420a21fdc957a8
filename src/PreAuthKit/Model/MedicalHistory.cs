namespace PreAuthKit.Model;

/// <summary>The medical history: the underlying condition and what was already tried.</summary>
public sealed record MedicalHistory
{
    /// <summary>The underlying condition in plain words.</summary>
    public string? Condition { get; init; }

    /// <summary>When the condition began.</summary>
    public DateOnly? Onset { get; init; }

    /// <summary>What caused it (burn, surgery, injury, disease).</summary>
    public string? Cause { get; init; }

    /// <summary>Treatments already tried, each with dates and outcome.</summary>
    public IReadOnlyList<PriorTreatment> PriorTreatments { get; init; } = [];
}

namespace PreAuthKit.Model;

/// <summary>The physician's assessment: the medical reason for the treatment.</summary>
public sealed record PhysicianAssessment
{
    /// <summary>A clear statement of the medical reason the service is necessary.</summary>
    public string? MedicalNecessity { get; init; }

    /// <summary>The expected benefit for the patient's health or function.</summary>
    public string? ExpectedBenefit { get; init; }

    /// <summary>Functional impairments, each stated plainly (e.g. "wrist extension limited to 40 degrees").</summary>
    public IReadOnlyList<string> FunctionalImpairments { get; init; } = [];

    /// <summary>Symptoms (pain, pruritus, contracture).</summary>
    public IReadOnlyList<string> Symptoms { get; init; } = [];

    /// <summary>The assessing physician.</summary>
    public string? Physician { get; init; }

    /// <summary>Date of the assessment.</summary>
    public DateOnly? AssessedOn { get; init; }
}

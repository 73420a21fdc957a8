using PreAuthKit.Model;

namespace PreAuthKit.Fhir.Import;

/// <summary>The case fields carried as PAS free-form messages (<c>Claim.supportingInfo</c>, category <c>freeFormMessage</c>, code system <c>urn:preauthkit:case-field</c>).</summary>
internal sealed class CaseFields
{
    public string? UrgencyReason { get; set; }

    public TimeOnly? SubmittedAt { get; set; }

    /// <summary>Provider fields without a FHIR home, by case path (for example <c>requestingProvider.contactPerson</c>).</summary>
    public Dictionary<string, string> ProviderFields { get; } = new(StringComparer.Ordinal);

    public Dictionary<(int Index, string Field), string> ProcedureFields { get; } = [];

    public Dictionary<int, string> PhotoBodySites { get; } = [];

    public HashSet<int> PhotoConsents { get; } = [];

    public MedicalHistory History { get; set; } = new();

    public PhysicianAssessment Assessment { get; set; } = new();

    public TreatmentPlan Plan { get; set; } = new();
}

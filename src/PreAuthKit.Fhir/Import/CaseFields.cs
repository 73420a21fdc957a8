using PreAuthKit.Model;

namespace PreAuthKit.Fhir.Import;

/// <summary>The case fields carried as PAS free-form messages (<c>Claim.supportingInfo</c>, category <c>freeFormMessage</c>, code system <c>urn:preauthkit:case-field</c>).</summary>
internal sealed class CaseFields
{
    public string? UrgencyReason { get; set; }

    public string? RequestingContact { get; set; }

    public string? ServicingContact { get; set; }

    public string? PcpContact { get; set; }

    public Dictionary<int, string> Frequencies { get; } = [];

    public Dictionary<int, string> PhotoBodySites { get; } = [];

    public HashSet<int> PhotoConsents { get; } = [];

    public MedicalHistory History { get; set; } = new();

    public PhysicianAssessment Assessment { get; set; } = new();

    public TreatmentPlan Plan { get; set; } = new();
}

namespace PreAuthKit;

/// <summary>The stable keys of the checklist items.</summary>
public static class ChecklistKeys
{
    /// <summary>Detailed medical history: the underlying condition and its cause.</summary>
    public const string MedicalHistory = "medical-history";

    /// <summary>Treatments already tried, with their outcomes.</summary>
    public const string PriorTreatments = "prior-treatments";

    /// <summary>The physician's assessment: medical reason and expected benefit.</summary>
    public const string PhysicianAssessment = "physician-assessment";

    /// <summary>Functional impairments stated plainly.</summary>
    public const string FunctionalImpairment = "functional-impairment";

    /// <summary>Dated pre-treatment photographs.</summary>
    public const string DatedPhotographs = "dated-photographs";

    /// <summary>The treatment plan: sessions, interval, outcomes, rationale.</summary>
    public const string TreatmentPlan = "treatment-plan";

    /// <summary>The denial notice being appealed (appeals only).</summary>
    public const string DenialNotice = "denial-notice";

    /// <summary>New evidence enclosed with an appeal (appeals only).</summary>
    public const string NewEvidence = "new-evidence";
}

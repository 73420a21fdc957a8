namespace PreAuthKit.Validation;

/// <summary>The checklist sections a finding belongs to, in the order a reviewer reads a request.</summary>
public static class ChecklistSection
{
    /// <summary>Patient (plan member) details.</summary>
    public const string Patient = "Patient";

    /// <summary>Payer and submission details (date, review type, request type).</summary>
    public const string Payer = "Payer";

    /// <summary>Requesting, servicing and primary care providers, and the clinic.</summary>
    public const string Providers = "Providers";

    /// <summary>ICD-10-CM diagnoses.</summary>
    public const string Diagnoses = "Diagnoses";

    /// <summary>CPT/HCPCS services requested.</summary>
    public const string Services = "Services";

    /// <summary>Medical history: condition and prior treatments.</summary>
    public const string MedicalHistory = "Medical history";

    /// <summary>The physician's assessment of medical necessity.</summary>
    public const string PhysicianAssessment = "Physician assessment";

    /// <summary>Dated clinical photographs.</summary>
    public const string Photographs = "Photographs";

    /// <summary>The treatment plan.</summary>
    public const string TreatmentPlan = "Treatment plan";

    /// <summary>The denial being appealed.</summary>
    public const string Appeal = "Appeal";

    /// <summary>The case file itself (reading, format).</summary>
    public const string CaseFile = "Case file";

    /// <summary>All sections in reading order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [CaseFile, Patient, Payer, Providers, Diagnoses, Services, MedicalHistory, PhysicianAssessment, Photographs, TreatmentPlan, Appeal];
}

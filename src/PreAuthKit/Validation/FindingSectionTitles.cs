namespace PreAuthKit;

/// <summary>The headings of the <see cref="FindingSection"/> values, as reports print them.</summary>
public static class FindingSectionTitles
{
    /// <summary>The heading of a section (e.g. "Medical history").</summary>
    public static string Title(this FindingSection section) => section switch
    {
        FindingSection.CaseFile => "Case file",
        FindingSection.Patient => "Patient",
        FindingSection.Payer => "Payer",
        FindingSection.Providers => "Providers",
        FindingSection.Diagnoses => "Diagnoses",
        FindingSection.Services => "Services",
        FindingSection.MedicalHistory => "Medical history",
        FindingSection.PhysicianAssessment => "Physician assessment",
        FindingSection.Photographs => "Photographs",
        FindingSection.TreatmentPlan => "Treatment plan",
        FindingSection.MedicalPolicy => "Medical policy",
        FindingSection.Attachments => "Attachments",
        FindingSection.Appeal => "Appeal",
        FindingSection.Layout => "Layout",
        _ => section.ToString(),
    };
}

namespace PreAuthKit;

/// <summary>
/// The one vocabulary of report sections, in the order a reviewer reads a request (then the
/// render-time sections). Every finding belongs to exactly one; <see cref="FindingSectionTitles.Title"/>
/// gives the heading printed for it.
/// </summary>
public enum FindingSection
{
    /// <summary>The case file itself: reading and format.</summary>
    CaseFile,

    /// <summary>Patient (plan member) details.</summary>
    Patient,

    /// <summary>Payer and submission details (date, review type, request type).</summary>
    Payer,

    /// <summary>Requesting, servicing and primary care providers, and the clinic.</summary>
    Providers,

    /// <summary>ICD-10-CM diagnoses.</summary>
    Diagnoses,

    /// <summary>CPT/HCPCS services requested.</summary>
    Services,

    /// <summary>Medical history: condition and prior treatments.</summary>
    MedicalHistory,

    /// <summary>The physician's assessment of medical necessity.</summary>
    PhysicianAssessment,

    /// <summary>Dated clinical photographs.</summary>
    Photographs,

    /// <summary>The treatment plan.</summary>
    TreatmentPlan,

    /// <summary>The payer's medical policy: criteria not met or needing attestation (<c>docs/policies.md</c>).</summary>
    MedicalPolicy,

    /// <summary>Documents enclosed with the request (attachments).</summary>
    Attachments,

    /// <summary>The denial being appealed.</summary>
    Appeal,

    /// <summary>The laid-out document (fonts, images, page fit); reported when rendering.</summary>
    Layout,
}

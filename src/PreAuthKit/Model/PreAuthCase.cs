namespace PreAuthKit.Model;

/// <summary>
/// A patient's case: everything a pre-authorization request or an appeal letter is built from.
/// Read one from a case file with <see cref="CaseFiles.CaseFileReader"/> or build it in code.
/// </summary>
public sealed record PreAuthCase
{
    /// <summary>An optional reference the clinic uses for this case; printed in the page footer. When absent a reference is derived from the case content.</summary>
    public string? CaseReference { get; init; }

    /// <summary>The date the request is submitted to the payer. Also the "today" of every deadline computation.</summary>
    public DateOnly SubmittedOn { get; init; }

    /// <summary>The local time the request is sent (<c>"14:05"</c>), printed in an urgent request's attestation so the 72-hour clock can be checked.</summary>
    public TimeOnly? SubmittedAt { get; init; }

    /// <summary>Standard or urgent review. Defaults to <see cref="ReviewType.Standard"/>.</summary>
    public ReviewType ReviewType { get; init; } = ReviewType.Standard;

    /// <summary>Why the review is urgent (risk to life, health or function). Required when <see cref="ReviewType"/> is urgent.</summary>
    public string? UrgencyReason { get; init; }

    /// <summary>Initial request, extension or amendment. Defaults to <see cref="RequestType.Initial"/>.</summary>
    public RequestType RequestType { get; init; } = RequestType.Initial;

    /// <summary>The earlier authorization number, for an extension or amendment.</summary>
    public string? PriorAuthorizationNumber { get; init; }

    /// <summary>The clinic whose letterhead heads the first page. When absent the requesting provider is used.</summary>
    public Clinic? Clinic { get; init; }

    /// <summary>The payer (insurer) the request goes to.</summary>
    public Payer Payer { get; init; } = new();

    /// <summary>The patient (plan member).</summary>
    public Patient Patient { get; init; } = new();

    /// <summary>The provider requesting the service and signing the letter.</summary>
    public Provider RequestingProvider { get; init; } = new();

    /// <summary>The provider or facility performing the service.</summary>
    public Provider ServicingProvider { get; init; } = new();

    /// <summary>The primary care provider, when the plan requires one.</summary>
    public Provider? PrimaryCareProvider { get; init; }

    /// <summary>Diagnoses (ICD-10-CM), in the order they are listed; exactly one is primary.</summary>
    public IReadOnlyList<Diagnosis> Diagnoses { get; init; } = [];

    /// <summary>Requested services (CPT or HCPCS).</summary>
    public IReadOnlyList<Procedure> Procedures { get; init; } = [];

    /// <summary>Medical history: the condition, its cause and the treatments already tried.</summary>
    public MedicalHistory History { get; init; } = new();

    /// <summary>The physician's assessment of medical necessity.</summary>
    public PhysicianAssessment Assessment { get; init; } = new();

    /// <summary>The treatment plan.</summary>
    public TreatmentPlan TreatmentPlan { get; init; } = new();

    /// <summary>Objective measurements (baseline and target): scar scales, range of motion, area, pain.</summary>
    public IReadOnlyList<Measurement> Measurements { get; init; } = [];

    /// <summary>Dated clinical photographs (pre-treatment evidence).</summary>
    public IReadOnlyList<PhotoRecord> Photos { get; init; } = [];

    /// <summary>Other documents enclosed with the request, listed by name.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>The medical policy the case answers, attestations for its criteria and the criteria a denial cited (optional; <c>docs/policies.md</c>).</summary>
    public CasePolicy? Policy { get; init; }

    /// <summary>The denial being appealed; present only for an appeal letter.</summary>
    public Appeal? Appeal { get; init; }
}

using System.Globalization;
using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>
/// The whole case: submission details, then each part through its own validator, then the rules
/// that look across parts (one primary diagnosis, at most 12, cosmetic-only diagnoses, a dated
/// pre-treatment photograph).
/// </summary>
internal sealed class PreAuthCaseValidator : AbstractValidator<PreAuthCase>
{
    public const int MaxDiagnoses = 12;

    /// <summary>At most this many measurements: they fit the baseline-and-target table on one page.</summary>
    public const int MaxMeasurements = 20;

    public PreAuthCaseValidator(ValidationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        SubmissionRules(scope);

        RuleFor(c => c.Patient).SetValidator(new PatientValidator(scope));
        RuleFor(c => c.Payer).SetValidator(new PayerValidator());
        RuleFor(c => c.RequestingProvider).SetValidator(new ProviderValidator("Requesting provider"));
        RuleFor(c => c.ServicingProvider).SetValidator(new ProviderValidator("Servicing provider"));
        RuleFor(c => c.PrimaryCareProvider!).SetValidator(new ProviderValidator("Primary care provider")).When(c => c.PrimaryCareProvider is not null);
        RuleFor(c => c.Clinic!).SetValidator(new ClinicValidator()).When(c => c.Clinic is not null);

        DiagnosisRules(scope);

        RuleFor(c => c.Procedures).NotEmpty()
            .Finding("PAK-CPT-001", ChecklistSection.Services, "At least one CPT or HCPCS service is required.");
        RuleForEach(c => c.Procedures).NotNull()
            .Finding("PAK-CPT-009", ChecklistSection.Services, "A procedure entry is empty: remove it or fill it in.")
            .SetValidator(new ProcedureValidator(scope));

        RuleFor(c => c.History).SetValidator(new MedicalHistoryValidator(scope));
        RuleFor(c => c.Assessment).SetValidator(new PhysicianAssessmentValidator(scope));
        RuleFor(c => c.TreatmentPlan).SetValidator(new TreatmentPlanValidator(scope));

        RuleFor(c => c.Measurements).Must(m => m.Count <= MaxMeasurements)
            .Finding("PAK-MSR-009", ChecklistSection.PhysicianAssessment, (_, m) => string.Create(CultureInfo.InvariantCulture,
                $"There are {m.Count} measurements; a letter carries at most {MaxMeasurements}: keep the baseline measures the treatment targets."));
        RuleForEach(c => c.Measurements).NotNull()
            .Finding("PAK-MSR-010", ChecklistSection.PhysicianAssessment, "A measurement entry is empty: remove it or fill it in.")
            .SetValidator(new MeasurementValidator(scope));

        RuleFor(c => c.Photos).Must(photos => photos.Any(p => p?.TakenOn is { } taken && taken <= scope.DateOfService))
            .Finding("PAK-PHO-001", ChecklistSection.Photographs, "Add at least one dated photograph taken before treatment that shows the affected area; payers expect photographic evidence of severity.", scope.Checklist);
        RuleForEach(c => c.Photos).NotNull()
            .Finding("PAK-PHO-015", ChecklistSection.Photographs, "A photo entry is empty: remove it or fill it in.")
            .SetValidator(new PhotoRecordValidator(scope));

        RuleFor(c => c.Appeal!).SetValidator(new AppealValidator(scope)).When(c => c.Appeal is not null);
    }

    private void SubmissionRules(ValidationScope scope)
    {
        const string S = ChecklistSection.Payer;
        RuleFor(c => c.SubmittedOn).NotEqual(default(DateOnly))
            .Finding("PAK-SUB-001", S, "Submission date is missing: enter the date the request is sent (YYYY-MM-DD).");
        RuleFor(c => c.SubmittedOn).Must(d => d <= scope.Today).When(c => c.SubmittedOn != default)
            .Finding("PAK-SUB-002", S, "Submission date is in the future: use the date the request is actually sent.", Severity.Warning);
        RuleFor(c => c.UrgencyReason).NotEmpty().When(c => c.ReviewType == ReviewType.Urgent)
            .Finding("PAK-SUB-003", S, "Urgent review needs a reason: say how waiting the standard time would risk the patient's life, health or function, or choose standard review.");
        RuleFor(c => c.PriorAuthorizationNumber).NotEmpty().When(c => c.RequestType != RequestType.Initial)
            .Finding("PAK-SUB-004", S, "An extension or amendment needs the earlier authorization number (priorAuthorizationNumber).");
    }

    private void DiagnosisRules(ValidationScope scope)
    {
        const string S = ChecklistSection.Diagnoses;
        RuleFor(c => c.Diagnoses).NotEmpty()
            .Finding("PAK-DX-001", S, "At least one ICD-10-CM diagnosis is required.");
        RuleFor(c => c.Diagnoses).Must(d => d.Count <= MaxDiagnoses)
            .Finding("PAK-DX-008", S, (_, d) => string.Create(CultureInfo.InvariantCulture,
                $"There are {d.Count} diagnoses; a request carries at most {MaxDiagnoses}: keep the ones that support this service, primary first."));
        RuleFor(c => c.Diagnoses).Must(d => d.Count(x => x?.Primary == true) == 1).When(c => c.Diagnoses.Count > 0)
            .Finding("PAK-DX-009", S, (_, d) => !d.Any(x => x?.Primary == true)
                ? "No diagnosis is marked primary: mark exactly one with \"primary\": true (the condition the service treats)."
                : "More than one diagnosis is marked primary: mark exactly one.");
        RuleFor(c => c.Diagnoses).Must(d => d.Where(x => x is not null).Select(x => Icd10CmFormat.Normalize(x.Code)).Distinct(StringComparer.Ordinal).Count() == d.Count(x => x is not null))
            .Finding("PAK-DX-010", S, "The same diagnosis code is listed more than once: list each code once.", Severity.Warning);
        RuleFor(c => c.Diagnoses).Must((c, d) => !AllCosmetic(d, scope) || c.Assessment.FunctionalImpairments.Any(f => !string.IsNullOrWhiteSpace(f)))
            .When(c => c.Diagnoses.Count > 0)
            .Finding("PAK-DX-011", S, "Every diagnosis is one payers usually treat as cosmetic (photoaging, pigmentation, stretch marks) and no functional impairment is documented: add the impairment (assessment.functionalImpairments) or expect a cosmetic denial.", Severity.Warning);
        RuleFor(c => c.Diagnoses).Must(_ => Icd10Cm.HasTableFor(scope.FiscalYear)).When(c => c.Diagnoses.Count > 0)
            .Finding("PAK-DX-012", S, string.Create(CultureInfo.InvariantCulture,
                $"The date of service falls in fiscal year {scope.FiscalYear}, for which this version of PreAuthKit has no ICD-10-CM table; codes were checked against FY{scope.CodeSet.FiscalYear}."), Severity.Warning);
        RuleForEach(c => c.Diagnoses).NotNull()
            .Finding("PAK-DX-013", S, "A diagnosis entry is empty: remove it or fill it in.")
            .SetValidator(new DiagnosisValidator(scope));
    }

    private static bool AllCosmetic(IReadOnlyList<Diagnosis> diagnoses, ValidationScope scope)
        => scope.CosmeticPrefixes.Count > 0
            && diagnoses.Any(d => d is not null)
            && diagnoses.Where(d => d is not null).All(d => scope.CosmeticPrefixes.Any(prefix => Icd10CmFormat.Normalize(d.Code).StartsWith(prefix, StringComparison.Ordinal)));
}

using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>
/// The whole case: submission details, then each part through its own validator, then the rules
/// that look across parts (one primary diagnosis, at most 12, cosmetic-only diagnoses, a dated
/// pre-treatment photograph). Stateless: built once per generator; per-run facts come from the
/// run's <see cref="ValidationScope"/> in FluentValidation's <c>RootContextData</c>.
/// </summary>
internal sealed class PreAuthCaseValidator : AbstractValidator<PreAuthCase>
{
    public const int MaxDiagnoses = 12;

    /// <summary>At most this many measurements: they fit the baseline-and-target table on one page.</summary>
    public const int MaxMeasurements = 20;

    public PreAuthCaseValidator()
    {
        SubmissionRules();

        RuleFor(c => c.Patient).SetValidator(new PatientValidator());
        RuleFor(c => c.Payer).SetValidator(new PayerValidator());
        RuleFor(c => c.RequestingProvider).SetValidator(new ProviderValidator("Requesting provider"));
        RuleFor(c => c.ServicingProvider).SetValidator(new ProviderValidator("Servicing provider"));
        RuleFor(c => c.PrimaryCareProvider!).SetValidator(new ProviderValidator("Primary care provider")).When(c => c.PrimaryCareProvider is not null);
        RuleFor(c => c.Clinic!).SetValidator(new ClinicValidator()).When(c => c.Clinic is not null);

        DiagnosisRules();

        RuleFor(c => c.Procedures).NotEmpty()
            .Finding(FindingCatalog.Procedure.NoneListed);
        RuleForEach(c => c.Procedures).NotNull()
            .Finding(FindingCatalog.Procedure.EmptyEntry)
            .SetValidator(new ProcedureValidator());

        RuleFor(c => c.History).SetValidator(new MedicalHistoryValidator());
        RuleFor(c => c.Assessment).SetValidator(new PhysicianAssessmentValidator());

        RuleFor(c => c.Measurements).Must(m => m.Count <= MaxMeasurements)
            .Finding(FindingCatalog.Measurement.TooMany, (_, m) => FindingCatalog.Measurement.TooMany.Format(m.Count, MaxMeasurements));
        RuleForEach(c => c.Measurements).NotNull()
            .Finding(FindingCatalog.Measurement.EmptyEntry)
            .SetValidator(new MeasurementValidator());

        RuleForEach(c => c.Photos).NotNull()
            .Finding(FindingCatalog.Photo.EmptyEntry)
            .SetValidator(new PhotoRecordValidator());

        RuleFor(c => c.Appeal!).SetValidator(new AppealValidator()).When(c => c.Appeal is not null);
    }

    private void SubmissionRules()
    {
        RuleFor(c => c.SubmittedOn).NotEqual(default(DateOnly))
            .Finding(FindingCatalog.Submission.DateMissing);
        RuleFor(c => c.SubmittedOn).MustIn((_, d, scope) => d <= scope.Today).When(c => c.SubmittedOn != default)
            .Finding(FindingCatalog.Submission.DateInFuture);
        RuleFor(c => c.UrgencyReason).NotEmpty().When(c => c.ReviewType == ReviewType.Urgent)
            .Finding(FindingCatalog.Submission.UrgencyReasonMissing);
        RuleFor(c => c.PriorAuthorizationNumber).NotEmpty().When(c => c.RequestType != RequestType.Initial)
            .Finding(FindingCatalog.Submission.PriorAuthorizationMissing);
    }

    private void DiagnosisRules()
    {
        RuleFor(c => c.Diagnoses).NotEmpty()
            .Finding(FindingCatalog.Diagnosis.NoneListed);
        RuleFor(c => c.Diagnoses).Must(d => d.Count <= MaxDiagnoses)
            .Finding(FindingCatalog.Diagnosis.TooMany, (_, d) => FindingCatalog.Diagnosis.TooMany.Format(d.Count, MaxDiagnoses));
        RuleFor(c => c.Diagnoses).Must(d => d.Count(x => x?.Primary == true) == 1).When(c => c.Diagnoses.Count > 0)
            .Finding(FindingCatalog.Diagnosis.Primary, (_, d) => !d.Any(x => x?.Primary == true)
                ? "No diagnosis is marked primary: mark exactly one with \"primary\": true (the condition the service treats)."
                : "More than one diagnosis is marked primary: mark exactly one.");
        RuleFor(c => c.Diagnoses).Must(d => d.Where(x => x is not null).Select(x => Icd10CmFormat.Normalize(x.Code)).Distinct(StringComparer.Ordinal).Count() == d.Count(x => x is not null))
            .Finding(FindingCatalog.Diagnosis.Duplicate);
        RuleFor(c => c.Diagnoses).MustIn((c, d, scope) => !AllCosmetic(d, scope) || c.Assessment.FunctionalImpairments.Any(f => !string.IsNullOrWhiteSpace(f)))
            .When(c => c.Diagnoses.Count > 0)
            .Finding(FindingCatalog.Diagnosis.AllCosmetic);
        RuleFor(c => c.Diagnoses).MustIn((_, _, scope) => Icd10Cm.HasTableFor(scope.FiscalYear), FindingCatalog.Diagnosis.NoTableForYear,
                (_, _, scope) => FindingCatalog.Diagnosis.NoTableForYear.Format(scope.FiscalYear, scope.CodeSet.FiscalYear)).When(c => c.Diagnoses.Count > 0);
        RuleForEach(c => c.Diagnoses).NotNull()
            .Finding(FindingCatalog.Diagnosis.EmptyEntry)
            .SetValidator(new DiagnosisValidator());
    }

    private static bool AllCosmetic(IReadOnlyList<Diagnosis> diagnoses, ValidationScope scope)
        => scope.CosmeticPrefixes.Count > 0
            && diagnoses.Any(d => d is not null)
            && diagnoses.Where(d => d is not null).All(d => scope.CosmeticPrefixes.Any(prefix => Icd10CmFormat.Normalize(d.Code).StartsWith(prefix, StringComparison.Ordinal)));
}

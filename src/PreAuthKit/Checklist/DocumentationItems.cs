using System.Globalization;
using PreAuthKit.Model;
using PreAuthKit.ViewModels;
using F = PreAuthKit.Validation.Findings.FindingCatalog;

namespace PreAuthKit.Checklist;

/// <summary>
/// The documentation checklist as a table: what a payer's reviewer expects in a request for a
/// procedure that may look cosmetic (medical history with conservative treatment tried, the
/// physician's reasoning, functional impairment, dated photographs, a treatment plan; for an
/// appeal also the denial notice and new evidence). Sources: CMS Program Integrity Manual
/// (Pub. 100-08) ch. 3 §3.3.2.1 on documentation of medical necessity; payers' cosmetic and
/// reconstructive policies (e.g. Aetna CPB 0031, Cigna Coverage Policy 0022); see docs/case-file.md.
/// </summary>
internal static class DocumentationItems
{
    public static ChecklistItemDefinition MedicalHistory { get; } = new(ChecklistKeys.MedicalHistory,
        "Detailed medical history (underlying condition and cause)",
        [
            ChecklistRequirement.Field(F.History.ConditionMissing, f => Has(f.Case.History.Condition)),
            ChecklistRequirement.Field(F.History.CauseMissing, f => Has(f.Case.History.Cause)),
        ],
        _ => Section(LetterSections.History));

    public static ChecklistItemDefinition PriorTreatments { get; } = new(ChecklistKeys.PriorTreatments,
        "Prior treatments with dates and outcomes",
        [
            ChecklistRequirement.Field(F.History.NoPriorTreatment, f => f.Case.History.PriorTreatments.Any(t => t is not null)),
            ChecklistRequirement.Each(F.History.TreatmentMissing, f => f.Case.History.PriorTreatments, (PriorTreatment t) => Has(t.Treatment)),
            ChecklistRequirement.Each(F.History.OutcomeMissing, f => f.Case.History.PriorTreatments, (PriorTreatment t) => Has(t.Outcome)),
            ChecklistRequirement.Each(F.History.StartMissing, f => f.Case.History.PriorTreatments, (PriorTreatment t) => t.StartedOn is not null),
        ],
        f => Section(LetterSections.PriorTreatments, f.Case.History.PriorTreatments.Count, "treatment", "treatments"));

    public static ChecklistItemDefinition PhysicianAssessment { get; } = new(ChecklistKeys.PhysicianAssessment,
        "Physician's assessment: medical reason and expected benefit",
        [
            ChecklistRequirement.Field(F.Assessment.NecessityMissing, f => Has(f.Case.Assessment.MedicalNecessity)),
            ChecklistRequirement.Field(F.Assessment.BenefitMissing, f => Has(f.Case.Assessment.ExpectedBenefit)),
            ChecklistRequirement.Field(F.Assessment.PhysicianMissing, f => Has(f.Case.Assessment.Physician)),
            ChecklistRequirement.Field(F.Assessment.DateMissing, f => f.Case.Assessment.AssessedOn is not null),
        ],
        _ => Section(LetterSections.Assessment));

    public static ChecklistItemDefinition FunctionalImpairment { get; } = new(ChecklistKeys.FunctionalImpairment,
        "Functional impairment stated plainly",
        [ChecklistRequirement.Field(F.Assessment.ImpairmentMissing, f => f.Case.Assessment.FunctionalImpairments.Any(Has))],
        f => Section(LetterSections.FunctionalImpairment, f.Case.Assessment.FunctionalImpairments.Count, "impairment", "impairments"));

    public static ChecklistItemDefinition DatedPhotographs { get; } = new(ChecklistKeys.DatedPhotographs,
        "Dated pre-treatment photographs showing severity",
        [
            ChecklistRequirement.Field(F.Photo.NoDatedPhoto, f => f.Case.Photos.Any(p => p?.TakenOn is { } taken && taken <= f.DateOfService)),
            ChecklistRequirement.Each(F.Photo.DateMissing, f => f.Case.Photos, (PhotoRecord p) => p.TakenOn is not null),
        ],
        f => Section(LetterSections.Photographs, f.Case.Photos.Count, "photograph", "photographs"));

    public static ChecklistItemDefinition TreatmentPlan { get; } = new(ChecklistKeys.TreatmentPlan,
        "Treatment plan: sessions, interval, expected outcomes, rationale over alternatives",
        [
            ChecklistRequirement.Field(F.TreatmentPlan.SessionsMissing, f => f.Case.TreatmentPlan.Sessions is >= 1),
            ChecklistRequirement.Field(F.TreatmentPlan.IntervalMissing, f => Has(f.Case.TreatmentPlan.Interval)),
            ChecklistRequirement.Field(F.TreatmentPlan.OutcomesMissing, f => f.Case.TreatmentPlan.ExpectedOutcomes.Any(Has)),
            ChecklistRequirement.Field(F.TreatmentPlan.RationaleMissing, f => Has(f.Case.TreatmentPlan.Rationale)),
        ],
        _ => Section(LetterSections.TreatmentPlan));

    public static ChecklistItemDefinition DenialNotice { get; } = new(ChecklistKeys.DenialNotice,
        "Copy of the denial notice (claim number, date, reason and code)",
        [
            ChecklistRequirement.Field(F.Appeal.ClaimNumberMissing, f => Has(f.Case.Appeal?.ClaimNumber)),
            ChecklistRequirement.Field(F.Appeal.DenialDateMissing, f => f.Case.Appeal is { } a && a.DenialDate != default),
            ChecklistRequirement.Field(F.Appeal.DenialCodeMissing, f => Has(f.Case.Appeal?.DenialCode)),
        ],
        f => $"Enclosure: {EnclosureTitles.DenialNotice(f.Case.Appeal!)}; section \"{LetterSections.Denial}\"")
    {
        NotApplicableTitle = "Copy of the denial notice",
    };

    public static ChecklistItemDefinition NewEvidence { get; } = new(ChecklistKeys.NewEvidence,
        "New evidence answering the denial reason",
        [ChecklistRequirement.Field(F.Appeal.NoNewEvidence, f => f.Case.Appeal is { } a && a.NewEvidence.Any(Has))],
        f => string.Create(CultureInfo.InvariantCulture, $"Enclosures: {f.Case.Appeal!.NewEvidence.Count(Has)} new document(s), listed under \"{LetterSections.Enclosures}\""));

    /// <summary>Every item, in the order the checklist prints.</summary>
    public static IReadOnlyList<ChecklistItemDefinition> All { get; } =
        [MedicalHistory, PriorTreatments, PhysicianAssessment, FunctionalImpairment, DatedPhotographs, TreatmentPlan, DenialNotice, NewEvidence];

    /// <summary>The items of a pre-authorization request.</summary>
    public static IReadOnlyList<ChecklistItemDefinition> Request { get; } =
        [MedicalHistory, PriorTreatments, PhysicianAssessment, FunctionalImpairment, DatedPhotographs, TreatmentPlan];

    /// <summary>The items of an appeal: the request's, the denial notice and new evidence.</summary>
    public static IReadOnlyList<ChecklistItemDefinition> Appeal { get; } = [.. Request, DenialNotice, NewEvidence];

    private static string Section(string heading) => $"Section \"{heading}\"";

    private static string Section(string heading, int count, string singular, string plural)
        => string.Create(CultureInfo.InvariantCulture, $"Section \"{heading}\" ({count} {(count == 1 ? singular : plural)})");

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}

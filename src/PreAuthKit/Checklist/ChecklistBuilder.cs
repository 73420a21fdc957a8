using System.Globalization;
using PreAuthKit.Generation;
using PreAuthKit.Model;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Checklist;

/// <summary>Builds the documentation checklist from a case: what a reviewer expects, and where it is.</summary>
internal static class ChecklistBuilder
{
    public static DocumentationChecklist For(PreAuthCase @case, DocumentKind kind)
    {
        var history = @case.History;
        var assessment = @case.Assessment;
        var plan = @case.TreatmentPlan;
        var items = new List<ChecklistItem>
        {
            Item(ChecklistKeys.MedicalHistory, "Detailed medical history (underlying condition and cause)",
                Has(history.Condition), Section(LetterSections.History)),
            Item(ChecklistKeys.PriorTreatments, "Prior treatments with dates and outcomes",
                history.PriorTreatments.Count > 0 && history.PriorTreatments.All(t => Has(t.Outcome)),
                Section(LetterSections.PriorTreatments, history.PriorTreatments.Count, "treatment", "treatments")),
            Item(ChecklistKeys.PhysicianAssessment, "Physician's assessment: medical reason and expected benefit",
                Has(assessment.MedicalNecessity) && Has(assessment.ExpectedBenefit), Section(LetterSections.Assessment)),
            Item(ChecklistKeys.FunctionalImpairment, "Functional impairment stated plainly",
                assessment.FunctionalImpairments.Any(Has),
                Section(LetterSections.FunctionalImpairment, assessment.FunctionalImpairments.Count, "impairment", "impairments")),
            Item(ChecklistKeys.DatedPhotographs, "Dated pre-treatment photographs showing severity",
                @case.Photos.Count > 0 && @case.Photos.All(p => p.TakenOn is not null),
                Section(LetterSections.Photographs, @case.Photos.Count, "photograph", "photographs")),
            Item(ChecklistKeys.TreatmentPlan, "Treatment plan: sessions, interval, expected outcomes, rationale over alternatives",
                plan.Sessions is > 0 && Has(plan.Interval) && plan.ExpectedOutcomes.Count > 0 && Has(plan.Rationale),
                Section(LetterSections.TreatmentPlan)),
        };

        if (kind == DocumentKind.Appeal && @case.Appeal is { } appeal)
        {
            items.Add(Item(ChecklistKeys.DenialNotice, "Copy of the denial notice (claim number, date, reason and code)",
                Has(appeal.ClaimNumber) && Has(appeal.DenialCode) && appeal.DenialDate != default,
                $"Enclosure: {EnclosureTitles.DenialNotice(appeal)}; section \"{LetterSections.Denial}\""));
            items.Add(Item(ChecklistKeys.NewEvidence, "New evidence answering the denial reason",
                appeal.NewEvidence.Any(Has),
                string.Create(CultureInfo.InvariantCulture, $"Enclosures: {appeal.NewEvidence.Count(Has)} new document(s), listed under \"{LetterSections.Enclosures}\"")));
        }
        else
        {
            items.Add(new ChecklistItem(ChecklistKeys.DenialNotice, "Copy of the denial notice", ChecklistStatus.NotApplicable, ""));
            items.Add(new ChecklistItem(ChecklistKeys.NewEvidence, "New evidence answering the denial reason", ChecklistStatus.NotApplicable, ""));
        }

        return new DocumentationChecklist(items);
    }

    private static ChecklistItem Item(string key, string title, bool present, string evidence)
        => new(key, title, present ? ChecklistStatus.Present : ChecklistStatus.Missing, present ? evidence : "");

    private static string Section(string heading) => $"Section \"{heading}\"";

    private static string Section(string heading, int count, string singular, string plural)
        => string.Create(CultureInfo.InvariantCulture, $"Section \"{heading}\" ({count} {(count == 1 ? singular : plural)})");

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}

using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>Checklist item 2: the physician's assessment with the medical reason.</summary>
internal sealed class PhysicianAssessmentValidator : AbstractValidator<PhysicianAssessment>
{
    public PhysicianAssessmentValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.PhysicianAssessment;
        RuleFor(a => a.MedicalNecessity).NotEmpty()
            .Finding("PAK-ASM-001", S, "Physician assessment: state the medical reason the treatment is necessary (function, pain, health), not the appearance.", scope.Checklist);
        RuleFor(a => a.Physician).NotEmpty()
            .Finding("PAK-ASM-002", S, "Physician assessment: name the assessing physician.", scope.Checklist);
        RuleFor(a => a.AssessedOn).NotNull()
            .Finding("PAK-ASM-003", S, "Physician assessment: enter the date of the assessment (YYYY-MM-DD).", scope.Checklist);
        RuleFor(a => a.AssessedOn).Must(d => d <= scope.Case.SubmittedOn).When(a => a.AssessedOn is not null && scope.Case.SubmittedOn != default)
            .Finding("PAK-ASM-004", S, "Physician assessment is dated after the submission date: check the date.");
        RuleFor(a => a.MedicalNecessity).Must((a, _) => !RestsOnAppearance(a, scope.Options.AestheticJustificationTerms))
            .Finding("PAK-ASM-005", S, "Cosmetic-risk: the assessment documents no functional impairment and argues from appearance or self-esteem, which payers do not accept as medical necessity. Document the functional or health impact (restricted motion, pain, contracture, infection) in assessment.functionalImpairments, or expect a cosmetic denial.", Severity.Warning);
    }

    /// <summary>No functional impairment documented, and the reasoning uses an aesthetic term.</summary>
    private static bool RestsOnAppearance(PhysicianAssessment assessment, IList<string> terms)
    {
        if (assessment.FunctionalImpairments.Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            return false;
        }

        var reasoning = $"{assessment.MedicalNecessity} {assessment.ExpectedBenefit}";
        return terms.Any(term => !string.IsNullOrWhiteSpace(term) && reasoning.Contains(term.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}

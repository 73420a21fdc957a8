using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Assessment;

namespace PreAuthKit.Validation;

/// <summary>Checklist item 2: the physician's assessment with the medical reason.</summary>
internal sealed class PhysicianAssessmentValidator : AbstractValidator<PhysicianAssessment>
{
    public PhysicianAssessmentValidator(ValidationScope scope)
    {
        RuleFor(a => a.AssessedOn).Must(d => d <= scope.Case.SubmittedOn).When(a => a.AssessedOn is not null && scope.Case.SubmittedOn != default)
            .Finding(F.AfterSubmission);
        RuleFor(a => a.MedicalNecessity).Must((a, _) => !RestsOnAppearance(a, scope.Options.AestheticJustificationTerms))
            .Finding(F.CosmeticRisk);
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

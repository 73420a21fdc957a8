using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Assessment;

namespace PreAuthKit.Validation;

/// <summary>Checklist item 2: the physician's assessment with the medical reason.</summary>
internal sealed class PhysicianAssessmentValidator : AbstractValidator<PhysicianAssessment>
{
    public PhysicianAssessmentValidator()
    {
        RuleFor(a => a.AssessedOn).MustIn((_, d, scope) => d <= scope.Case.SubmittedOn).WhenIn((a, scope) => a.AssessedOn is not null && scope.Case.SubmittedOn != default)
            .Finding(F.AfterSubmission);
        RuleFor(a => a.MedicalNecessity).MustIn((a, _, scope) => !RestsOnAppearance(a, scope.Options.AestheticJustificationTerms))
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

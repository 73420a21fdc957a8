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
    }
}

using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>Checklist item 1: the medical history, with at least one prior treatment and its outcome.</summary>
internal sealed class MedicalHistoryValidator : AbstractValidator<MedicalHistory>
{
    public MedicalHistoryValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.MedicalHistory;
        RuleFor(h => h.Condition).NotEmpty()
            .Finding("PAK-HIS-001", S, "Medical history: describe the underlying condition (what it is, where, how severe).", scope.Checklist);
        RuleFor(h => h.PriorTreatments).NotEmpty()
            .Finding("PAK-HIS-002", S, "Medical history: list at least one treatment already tried, with its dates and outcome; payers expect conservative treatment first.", scope.Checklist);
        RuleForEach(h => h.PriorTreatments).NotNull()
            .Finding("PAK-HIS-007", S, "A prior treatment entry is empty: remove it or fill it in.")
            .SetValidator(new PriorTreatmentValidator(scope));
    }
}

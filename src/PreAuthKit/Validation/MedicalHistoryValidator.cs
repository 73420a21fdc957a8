using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.History;

namespace PreAuthKit.Validation;

/// <summary>Checklist item 1: the medical history, with at least one prior treatment and its outcome.</summary>
internal sealed class MedicalHistoryValidator : AbstractValidator<MedicalHistory>
{
    public MedicalHistoryValidator()
    {
        RuleForEach(h => h.PriorTreatments).NotNull()
            .Finding(F.EmptyEntry)
            .SetValidator(new PriorTreatmentValidator());
    }
}

using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>A prior treatment: what, when, and what came of it.</summary>
internal sealed class PriorTreatmentValidator : AbstractValidator<PriorTreatment>
{
    public PriorTreatmentValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.MedicalHistory;
        RuleFor(t => t.Treatment).NotEmpty()
            .Finding("PAK-HIS-003", S, "Prior treatment: say what was done (e.g. silicone gel sheeting, 12 hours daily).", scope.Checklist);
        RuleFor(t => t.Outcome).NotEmpty()
            .Finding("PAK-HIS-004", S, "Prior treatment: state its outcome (e.g. minimal improvement, plateaued); the outcome is what shows the requested treatment is needed.", scope.Checklist);
        RuleFor(t => t.StartedOn).NotNull()
            .Finding("PAK-HIS-005", S, "Prior treatment: enter the date it started (YYYY-MM-DD).", scope.Checklist);
        RuleFor(t => t.EndedOn).Must((t, end) => end >= t.StartedOn).When(t => t.StartedOn is not null && t.EndedOn is not null)
            .Finding("PAK-HIS-006", S, "Prior treatment ends before it started: check both dates.");
    }
}

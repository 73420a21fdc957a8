using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>Checklist item 4: the treatment plan with sessions, interval, expected outcomes and rationale.</summary>
internal sealed class TreatmentPlanValidator : AbstractValidator<TreatmentPlan>
{
    public TreatmentPlanValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.TreatmentPlan;
        RuleFor(t => t.Sessions).Must(s => s is >= 1)
            .Finding("PAK-TPL-001", S, "Treatment plan: enter the number of sessions (at least 1).", scope.Checklist);
        RuleFor(t => t.Interval).NotEmpty()
            .Finding("PAK-TPL-002", S, "Treatment plan: enter the interval between sessions (e.g. 4 to 6 weeks).", scope.Checklist);
        RuleFor(t => t.ExpectedOutcomes).NotEmpty()
            .Finding("PAK-TPL-003", S, "Treatment plan: list the expected outcomes, in measurable terms where possible (range of motion, scar scale).", scope.Checklist);
        RuleFor(t => t.Rationale).NotEmpty()
            .Finding("PAK-TPL-004", S, "Treatment plan: explain why this treatment was chosen over the alternatives.", scope.Checklist);
    }
}

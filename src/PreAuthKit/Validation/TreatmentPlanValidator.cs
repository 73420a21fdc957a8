using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.TreatmentPlan;

namespace PreAuthKit.Validation;

/// <summary>Checklist item 4: the treatment plan with sessions, interval, expected outcomes and rationale.</summary>
internal sealed class TreatmentPlanValidator : AbstractValidator<TreatmentPlan>
{
    public TreatmentPlanValidator(ValidationScope scope)
    {
        RuleFor(t => t.Sessions).Must(s => s is >= 1)
            .Finding(F.SessionsMissing);
        RuleFor(t => t.Interval).NotEmpty()
            .Finding(F.IntervalMissing);
        RuleFor(t => t.ExpectedOutcomes).NotEmpty()
            .Finding(F.OutcomesMissing);
        RuleFor(t => t.Rationale).NotEmpty()
            .Finding(F.RationaleMissing);
    }
}

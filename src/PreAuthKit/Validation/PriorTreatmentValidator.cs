using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.History;

namespace PreAuthKit.Validation;

/// <summary>A prior treatment: what, when, and what came of it.</summary>
internal sealed class PriorTreatmentValidator : AbstractValidator<PriorTreatment>
{
    public PriorTreatmentValidator()
    {
        RuleFor(t => t.EndedOn).Must((t, end) => end >= t.StartedOn).When(t => t.StartedOn is not null && t.EndedOn is not null)
            .Finding(F.EndBeforeStart);
    }
}

using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Procedure;

namespace PreAuthKit.Validation;

/// <summary>One requested service: CPT/HCPCS format, unlisted codes, units, dates, modifiers.</summary>
internal sealed class ProcedureValidator : AbstractValidator<Procedure>
{
    /// <summary>The shortest description accepted as a narrative for an unlisted code.</summary>
    public const int MinNarrativeLength = 20;

    public ProcedureValidator(ValidationScope scope)
    {
        RuleFor(p => p.Code).Must(c => ProcedureCodes.Classify(c) != ProcedureCodeKind.Invalid)
            .Finding(F.BadFormat);
        RuleFor(p => p.Description).Must(d => !string.IsNullOrWhiteSpace(d) && d.Trim().Length >= MinNarrativeLength)
            .When(p => scope.UnlistedCodes.Contains(ProcedureCodes.Normalize(p.Code)))
            .Finding(F.UnlistedNeedsNarrative, (p, _) => F.UnlistedNeedsNarrative.Format(ProcedureCodes.Normalize(p.Code), MinNarrativeLength));
        RuleFor(p => p.Description).NotEmpty()
            .When(p => !scope.UnlistedCodes.Contains(ProcedureCodes.Normalize(p.Code)))
            .Finding(F.DescriptionMissing);
        RuleFor(p => p.Units).GreaterThanOrEqualTo(1)
            .Finding(F.Units);
        RuleFor(p => p.EndDate).Must((p, end) => end >= p.StartDate).When(p => p.StartDate is not null && p.EndDate is not null)
            .Finding(F.EndBeforeStart);
        RuleFor(p => p.StartDate).Must(start => start >= scope.Case.SubmittedOn).When(p => p.StartDate is not null && scope.Case.SubmittedOn != default)
            .Finding(F.Retroactive);
        RuleForEach(p => p.Modifiers).Must(ProcedureCodes.IsWellFormedModifier)
            .Finding(F.Modifier);
    }
}

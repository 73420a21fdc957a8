using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using PreAuthKit.Validation.Properties;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Procedure;

namespace PreAuthKit.Validation;

/// <summary>One requested service: CPT/HCPCS format, unlisted codes, units, dates, modifiers.</summary>
internal sealed class ProcedureValidator : AbstractValidator<Procedure>
{
    /// <summary>The shortest description accepted as a narrative for an unlisted code.</summary>
    public const int MinNarrativeLength = 20;

    public ProcedureValidator()
    {
        RuleFor(p => p.Code).SetValidator(new ProcedureCodeValidator<Procedure>())
            .Finding(F.BadFormat);
        RuleFor(p => p.Description).Must(d => !string.IsNullOrWhiteSpace(d) && d.Trim().Length >= MinNarrativeLength)
            .WhenIn((p, scope) => scope.UnlistedCodes.Contains(ProcedureCodes.Normalize(p.Code)))
            .Finding(F.UnlistedNeedsNarrative, (p, _) => F.UnlistedNeedsNarrative.Format(ProcedureCodes.Normalize(p.Code), MinNarrativeLength));
        RuleFor(p => p.Description).NotEmpty()
            .WhenIn((p, scope) => !scope.UnlistedCodes.Contains(ProcedureCodes.Normalize(p.Code)))
            .Finding(F.DescriptionMissing);
        RuleFor(p => p.Units).GreaterThanOrEqualTo(1)
            .Finding(F.Units);
        RuleFor(p => p.EndDate).Must((p, end) => end >= p.StartDate).When(p => p.StartDate is not null && p.EndDate is not null)
            .Finding(F.EndBeforeStart);
        RuleFor(p => p.StartDate).MustIn((_, start, scope) => start >= scope.Case.SubmittedOn).WhenIn((p, scope) => p.StartDate is not null && scope.Case.SubmittedOn != default)
            .Finding(F.Retroactive);
        RuleForEach(p => p.Modifiers).Must(ProcedureCodes.IsWellFormedModifier)
            .Finding(F.Modifier);

        // Category II, add-on codes, dates of service, units, documented modifiers (issue 14).
        Include(new ProcedureCodingValidator());
    }
}

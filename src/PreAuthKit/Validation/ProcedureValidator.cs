using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Procedure;
using G = PreAuthKit.Validation.Findings.FindingCatalog.ProcedureCoding;

namespace PreAuthKit.Validation;

/// <summary>
/// One requested service: CPT/HCPCS format, unlisted codes, Category II codes, add-on codes and
/// their primaries, units, dates, modifiers.
/// </summary>
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

        // AMA CPT: Category II codes are supplemental tracking codes for performance measurement, never a service to authorize.
        RuleFor(p => p.Code).Must(c => ProcedureCodes.Classify(c) != ProcedureCodeKind.CptCategoryII)
            .Finding(G.CategoryII, (_, c) => G.CategoryII.Format(ProcedureCodes.Normalize(c)));

        // CPT add-on parentheticals and the CMS NCCI add-on code edits: an add-on code is reported with its primary procedure.
        RuleFor(p => p.Code).Must(c => HasPrimary(c, scope))
            .Finding(G.AddOnWithoutPrimary, (_, c) => G.AddOnWithoutPrimary.Format(ProcedureCodes.Normalize(c), string.Join(" or ", scope.AddOnPrimaries[ProcedureCodes.Normalize(c)].Order(StringComparer.Ordinal))));

        // Standard prior-authorization forms and the X12 278 service line carry start and end dates of service.
        RuleFor(p => p.StartDate).NotNull().When(_ => scope.Reports(G.DatesMissing))
            .Finding(G.DatesMissing, "start", "first");
        RuleFor(p => p.EndDate).NotNull().When(p => p.StartDate is not null && scope.Reports(G.DatesMissing))
            .Finding(G.DatesMissing, "end", "last");

        RuleFor(p => p.Units).Must(u => u <= scope.Options.MaxPlausibleUnits).When(p => p.Units >= 1 && scope.Reports(G.ImplausibleUnits))
            .Finding(G.ImplausibleUnits, (_, u) => G.ImplausibleUnits.Format(u, scope.Options.MaxPlausibleUnits));

        RuleForEach(p => p.Modifiers).Where(ProcedureCodes.IsWellFormedModifier).Must(m => scope.KnownModifiers.Contains(m.Trim().ToUpperInvariant()))
            .When(_ => scope.Reports(G.UnknownModifier))
            .Finding(G.UnknownModifier, (_, m) => G.UnknownModifier.Format(m.Trim().ToUpperInvariant()));
    }

    private static bool HasPrimary(string? code, ValidationScope scope)
    {
        if (!scope.AddOnPrimaries.TryGetValue(ProcedureCodes.Normalize(code), out var primaries) || primaries.Count == 0)
        {
            return true;
        }

        return scope.Case.Procedures.Any(p => p is not null && primaries.Contains(ProcedureCodes.Normalize(p.Code)));
    }
}

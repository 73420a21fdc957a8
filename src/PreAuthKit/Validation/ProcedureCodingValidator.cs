using System.Globalization;
using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using G = PreAuthKit.Validation.Findings.FindingCatalog.ProcedureCoding;

namespace PreAuthKit.Validation;

/// <summary>
/// The CPT/HCPCS coding rules for one requested service: Category II codes (AMA CPT), add-on codes
/// and their primaries (CPT parentheticals, CMS NCCI add-on code edits; <c>Codes/Data/addon-codes.tsv</c>),
/// dates of service (standard forms, X12 278), plausible units, and the documented modifier set
/// (<c>Codes/Data/modifiers.tsv</c>). Stateless: the run's data come from the <see cref="ValidationScope"/> in the context.
/// </summary>
internal sealed class ProcedureCodingValidator : AbstractValidator<Procedure>
{
    public ProcedureCodingValidator()
    {
        // AMA CPT: Category II codes are supplemental tracking codes for performance measurement, never a service to authorize.
        RuleFor(p => p.Code).Unless((_, _, c) => ProcedureCodes.Classify(c) == ProcedureCodeKind.CptCategoryII ? [ProcedureCodes.Normalize(c)] : null)
            .FindingWithHoles(G.CategoryII);

        // CPT add-on parentheticals and the CMS NCCI add-on code edits: an add-on code is reported with its primary procedure.
        RuleFor(p => p.Code).Unless((s, _, c) => MissingPrimaries(c, s) is { } primaries ? [ProcedureCodes.Normalize(c), primaries] : null)
            .FindingWithHoles(G.AddOnWithoutPrimary);

        // Standard prior-authorization forms and the X12 278 service line carry start and end dates of service.
        RuleFor(p => p.StartDate).NotNull().WhenIn((_, s) => s.Reports(G.DatesMissing))
            .Finding(G.DatesMissing, "start", "first");
        RuleFor(p => p.EndDate).NotNull().WhenIn((p, s) => p.StartDate is not null && s.Reports(G.DatesMissing))
            .Finding(G.DatesMissing, "end", "last");

        // Plausibility (a judgement call, ValidationOptions.MaxPlausibleUnits).
        RuleFor(p => p.Units).Unless((s, _, u) => u >= 1 && u > s.Options.MaxPlausibleUnits ? [u.ToString(CultureInfo.InvariantCulture), s.Options.MaxPlausibleUnits.ToString(CultureInfo.InvariantCulture)] : null)
            .WhenIn((_, s) => s.Reports(G.ImplausibleUnits))
            .FindingWithHoles(G.ImplausibleUnits);

        // CPT Appendix A and CMS HCPCS Level II modifiers: a well-formed modifier outside the documented set.
        RuleForEach(p => p.Modifiers).Where(ProcedureCodes.IsWellFormedModifier)
            .Unless((s, _, m) => s.KnownModifiers.Contains(m.Trim().ToUpperInvariant()) ? null : [m.Trim().ToUpperInvariant()])
            .WhenIn((_, s) => s.Reports(G.UnknownModifier))
            .FindingWithHoles(G.UnknownModifier);
    }

    /// <summary>The primaries of an add-on code none of which is on the request ("a or b"), or null.</summary>
    private static string? MissingPrimaries(string? code, ValidationScope scope)
    {
        if (!scope.AddOnPrimaries.TryGetValue(ProcedureCodes.Normalize(code), out var primaries) || primaries.Count == 0
            || scope.Case.Procedures.Any(p => p is not null && primaries.Contains(ProcedureCodes.Normalize(p.Code))))
        {
            return null;
        }

        return string.Join(" or ", primaries.Order(StringComparer.Ordinal));
    }
}

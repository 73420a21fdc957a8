using System.Globalization;
using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;

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
        const string S = ChecklistSection.Services;
        RuleFor(p => p.Code).Must(c => ProcedureCodes.Classify(c) != ProcedureCodeKind.Invalid)
            .Finding("PAK-CPT-002", S, "Procedure code is not a CPT or HCPCS code: use five digits (17999), four digits and F or T (0479T), or a letter A-V and four digits (J3301).");
        RuleFor(p => p.Description).Must(d => !string.IsNullOrWhiteSpace(d) && d.Trim().Length >= MinNarrativeLength)
            .When(p => scope.UnlistedCodes.Contains(ProcedureCodes.Normalize(p.Code)))
            .Finding("PAK-CPT-003", S, (p, _) => $"{ProcedureCodes.Normalize(p.Code)} is an unlisted-procedure code: describe the service in words (what is done, where, how large an area), at least {MinNarrativeLength} characters.");
        RuleFor(p => p.Description).NotEmpty()
            .When(p => !scope.UnlistedCodes.Contains(ProcedureCodes.Normalize(p.Code)))
            .Finding("PAK-CPT-007", S, "Procedure description is missing: describe the service in your own words (CPT descriptors are not printed).", Severity.Warning);
        RuleFor(p => p.Units).GreaterThanOrEqualTo(1)
            .Finding("PAK-CPT-004", S, "Units or sessions must be at least 1.");
        RuleFor(p => p.EndDate).Must((p, end) => end >= p.StartDate).When(p => p.StartDate is not null && p.EndDate is not null)
            .Finding("PAK-CPT-005", S, "End date is before the start date: check both dates.");
        RuleFor(p => p.StartDate).Must(start => start >= scope.Case.SubmittedOn).When(p => p.StartDate is not null && scope.Case.SubmittedOn != default)
            .Finding("PAK-CPT-006", S, "The service starts before the submission date: payers rarely grant retroactive authorization for procedures that look cosmetic. Request authorization before treatment starts.", Severity.Warning);
        RuleForEach(p => p.Modifiers).Must(ProcedureCodes.IsWellFormedModifier)
            .Finding("PAK-CPT-008", S, "A modifier must be two letters or digits (e.g. LT, RT, 59).");

        // AMA CPT: Category II codes are supplemental tracking codes for performance measurement, never a service to authorize.
        RuleFor(p => p.Code).Must(c => ProcedureCodes.Classify(c) != ProcedureCodeKind.CptCategoryII)
            .Finding("PAK-CPT-010", S, (_, c) => $"{ProcedureCodes.Normalize(c)} is a CPT Category II code (performance measurement, reported for quality programs): it cannot be requested as a service. Request the Category I or III code of the procedure.");

        // CPT add-on parentheticals and the CMS NCCI add-on code edits: an add-on code is reported with its primary procedure.
        RuleFor(p => p.Code).Must(c => HasPrimary(c, scope))
            .Finding("PAK-CPT-011", S, (_, c) => $"{ProcedureCodes.Normalize(c)} is an add-on code: request it together with its primary procedure ({string.Join(" or ", scope.AddOnPrimaries[ProcedureCodes.Normalize(c)].Order(StringComparer.Ordinal))}) on the same request.");

        // Standard prior-authorization forms and the X12 278 service line carry start and end dates of service.
        RuleFor(p => p.StartDate).NotNull().When(_ => scope.Reports("PAK-CPT-012"))
            .Finding("PAK-CPT-012", S, "The service has no start date: standard authorization forms carry the dates of service (startDate and endDate); enter the planned first date.", Severity.Warning);
        RuleFor(p => p.EndDate).NotNull().When(p => p.StartDate is not null && scope.Reports("PAK-CPT-012"))
            .Finding("PAK-CPT-012", S, "The service has no end date: standard authorization forms carry the dates of service (startDate and endDate); enter the planned last date.", Severity.Warning);

        RuleFor(p => p.Units).Must(u => u <= scope.Options.MaxPlausibleUnits).When(p => p.Units >= 1 && scope.Reports("PAK-CPT-013"))
            .Finding("PAK-CPT-013", S, (_, u) => string.Create(CultureInfo.InvariantCulture,
                $"{u} units or sessions on one service line is more than a payer finds plausible (more than {scope.Options.MaxPlausibleUnits}): check the number, or split the request by period."), Severity.Warning);

        RuleForEach(p => p.Modifiers).Where(ProcedureCodes.IsWellFormedModifier).Must(m => scope.KnownModifiers.Contains(m.Trim().ToUpperInvariant()))
            .When(_ => scope.Reports("PAK-CPT-014"))
            .Finding("PAK-CPT-014", S, (_, m) => $"Modifier {m.Trim().ToUpperInvariant()} is not in PreAuthKit's list of CPT and HCPCS modifiers (Codes/Data/modifiers.tsv): check it against the payer's billing guide, or add it to ValidationOptions.KnownModifiers.", Severity.Warning);
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

using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>One requested service: CPT/HCPCS format, unlisted codes, units, dates, modifiers.</summary>
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
    }
}

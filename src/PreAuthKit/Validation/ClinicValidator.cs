using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>The letterhead clinic: its optional group NPI, phone and fax.</summary>
internal sealed class ClinicValidator : AbstractValidator<Clinic>
{
    public ClinicValidator()
    {
        const string S = ChecklistSection.Providers;
        RuleFor(c => c.Npi).Must(NpiRules.IsWellFormed).When(c => !string.IsNullOrEmpty(c.Npi))
            .Finding("PAK-NPI-001", S, "Clinic NPI must be 10 digits starting with 1 or 2: copy the group NPI from NPPES, or leave it out.");
        RuleFor(c => c.Npi!).Must(NpiRules.HasValidCheckDigit).When(c => NpiRules.IsWellFormed(c.Npi))
            .Finding("PAK-NPI-002", S, "Clinic NPI fails its check digit (a digit is mistyped): re-check it in NPPES.");
        RuleFor(c => c.Phone).NanpPhoneWithExtension("PAK-PRV-002", S, "Clinic phone");
        RuleFor(c => c.Fax).NanpPhone("PAK-PRV-003", S, "Clinic fax");
    }
}

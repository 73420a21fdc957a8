using FluentValidation;
using PreAuthKit.Model;
using PreAuthKit.Validation.Properties;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>The letterhead clinic: its optional group NPI, phone and fax.</summary>
internal sealed class ClinicValidator : AbstractValidator<Clinic>
{
    public ClinicValidator()
    {
        RuleFor(c => c.Npi).SetValidator(new NpiValidator<Clinic>(NpiCheck.Format)).When(c => !string.IsNullOrEmpty(c.Npi))
            .Finding(FindingCatalog.Npi.Malformed, "Clinic");
        RuleFor(c => c.Npi).SetValidator(new NpiValidator<Clinic>(NpiCheck.CheckDigit))
            .Finding(FindingCatalog.Npi.CheckDigit, "Clinic");
        RuleFor(c => c.Phone).NanpPhoneWithExtension(FindingCatalog.Provider.Phone, "Clinic phone");
        RuleFor(c => c.Fax).NanpPhone(FindingCatalog.Provider.Fax, "Clinic fax");
    }
}

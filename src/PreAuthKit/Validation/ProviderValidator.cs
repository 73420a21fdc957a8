using FluentValidation;
using PreAuthKit.Model;
using PreAuthKit.Validation.Properties;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>A provider or facility: name, NPI (format and check digit), phone and fax.</summary>
internal sealed class ProviderValidator : AbstractValidator<Provider>
{
    /// <param name="label">How the message names the provider, e.g. "Requesting provider".</param>
    public ProviderValidator(string label)
    {
        RuleFor(p => p.Name).NotEmpty()
            .Finding(FindingCatalog.Provider.NameMissing, label);
        RuleFor(p => p.Npi).SetValidator(new NpiValidator<Provider>(NpiCheck.Format))
            .Finding(FindingCatalog.Npi.Malformed, label);
        RuleFor(p => p.Npi).SetValidator(new NpiValidator<Provider>(NpiCheck.CheckDigit))
            .Finding(FindingCatalog.Npi.CheckDigit, label);
        RuleFor(p => p.Phone).NanpPhone(FindingCatalog.Provider.Phone, $"{label} phone");
        RuleFor(p => p.Fax).NanpPhone(FindingCatalog.Provider.Fax, $"{label} fax");
    }
}

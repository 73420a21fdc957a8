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
        RuleFor(p => p.Phone).NanpPhoneWithExtension(FindingCatalog.Provider.Phone, $"{label} phone");
        RuleFor(p => p.DirectLine).NanpPhoneWithExtension(FindingCatalog.Provider.DirectLine, $"{label} direct line");
        RuleFor(p => p.Email).Must(e => e is null || IsEmail(e.Trim()))
            .Finding(FindingCatalog.Provider.Email, label);
        RuleFor(p => p.Fax).NanpPhone(FindingCatalog.Provider.Fax, $"{label} fax");
    }

    /// <summary>One @, a non-empty local part, a dotted domain, no spaces.</summary>
    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace) && email.Length <= 254;
    }
}

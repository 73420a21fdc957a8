using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>A provider or facility: name, NPI (format and check digit), phone and fax.</summary>
internal sealed class ProviderValidator : AbstractValidator<Provider>
{
    /// <param name="label">How the message names the provider, e.g. "Requesting provider".</param>
    public ProviderValidator(string label)
    {
        const string S = ChecklistSection.Providers;
        RuleFor(p => p.Name).NotEmpty()
            .Finding("PAK-PRV-001", S, $"{label} name is missing: enter the name as registered in NPPES.");
        RuleFor(p => p.Npi).Must(NpiRules.IsWellFormed)
            .Finding("PAK-NPI-001", S, $"{label} NPI must be 10 digits starting with 1 or 2: copy it from NPPES.");
        RuleFor(p => p.Npi).Must(NpiRules.HasValidCheckDigit).When(p => NpiRules.IsWellFormed(p.Npi))
            .Finding("PAK-NPI-002", S, $"{label} NPI fails its check digit (a digit is mistyped): re-check it in NPPES.");
        RuleFor(p => p.Phone).NanpPhoneWithExtension("PAK-PRV-002", S, $"{label} phone");
        RuleFor(p => p.DirectLine).NanpPhoneWithExtension("PAK-PRV-004", S, $"{label} direct line");
        RuleFor(p => p.Email).Must(e => e is null || IsEmail(e.Trim()))
            .Finding("PAK-PRV-005", S, $"{label} e-mail is not an address of the form name@example.org.");
        RuleFor(p => p.Fax).NanpPhone("PAK-PRV-003", S, $"{label} fax");
    }

    /// <summary>One @, a non-empty local part, a dotted domain, no spaces.</summary>
    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace) && email.Length <= 254;
    }
}

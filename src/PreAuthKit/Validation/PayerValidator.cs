using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Payer;

namespace PreAuthKit.Validation;

/// <summary>Payer: name and the utilization management phone and fax.</summary>
internal sealed class PayerValidator : AbstractValidator<Payer>
{
    public PayerValidator()
    {
        RuleFor(p => p.Name).NotEmpty()
            .Finding(F.NameMissing);
        RuleFor(p => p.Phone).NanpPhoneWithExtension(F.Phone, "Payer phone");
        RuleFor(p => p.Fax).NanpPhone(F.Fax, "Payer fax");
    }
}

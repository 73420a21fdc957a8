using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>Payer: name and the utilization management phone and fax.</summary>
internal sealed class PayerValidator : AbstractValidator<Payer>
{
    public PayerValidator()
    {
        const string S = ChecklistSection.Payer;
        RuleFor(p => p.Name).NotEmpty()
            .Finding("PAK-PAY-001", S, "Payer name is missing: enter the insurer as printed on the member's card.");
        RuleFor(p => p.Phone).NanpPhoneWithExtension("PAK-PAY-002", S, "Payer phone");
        RuleFor(p => p.Fax).NanpPhone("PAK-PAY-003", S, "Payer fax");
    }
}

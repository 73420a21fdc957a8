using FluentValidation;
using FluentValidation.Validators;

namespace PreAuthKit.Validation.Properties;

/// <summary>A reusable check: an optional phone or fax number must normalise to ten NANP digits.</summary>
internal sealed class PhoneNumberValidator<T> : PropertyValidator<T, string?>
{
    public override string Name => "PhoneNumberValidator";

    public override bool IsValid(ValidationContext<T> context, string? value)
        => string.IsNullOrWhiteSpace(value) || PhoneNumbers.TryNormalize(value, out _);

    protected override string GetDefaultMessageTemplate(string errorCode) => "The phone number is not a 10-digit US number.";
}

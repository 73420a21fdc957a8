using FluentValidation;
using FluentValidation.Validators;

namespace PreAuthKit.Validation.Properties;

/// <summary>A reusable check: an optional phone or fax number must normalise to ten NANP digits (phones may carry an extension).</summary>
internal sealed class PhoneNumberValidator<T>(bool allowExtension = false) : PropertyValidator<T, string?>
{
    public override string Name => "PhoneNumberValidator";

    public override bool IsValid(ValidationContext<T> context, string? value)
        => string.IsNullOrWhiteSpace(value)
            || (allowExtension ? PhoneNumbers.TryNormalizeWithExtension(value, out _, out _) : PhoneNumbers.TryNormalize(value, out _));

    protected override string GetDefaultMessageTemplate(string errorCode) => "The phone number is not a 10-digit US number.";
}

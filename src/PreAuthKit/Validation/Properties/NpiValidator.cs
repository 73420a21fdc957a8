using FluentValidation;
using FluentValidation.Validators;

namespace PreAuthKit.Validation.Properties;

/// <summary>
/// A reusable NPI check (45 CFR 162.406; the check digit is the Luhn formula over the prefix 80840,
/// CMS "NPI: Check Digit"): <see cref="NpiCheck.Format"/> is ten digits starting with 1 or 2,
/// <see cref="NpiCheck.CheckDigit"/> the check digit of a well-formed NPI (other values pass, so the
/// two checks never report the same mistake twice). Absent values pass: presence is a separate rule.
/// </summary>
internal sealed class NpiValidator<T>(NpiCheck check) : PropertyValidator<T, string?>
{
    public override string Name => "NpiValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) => check switch
    {
        NpiCheck.Format => NpiRules.IsWellFormed(value),
        _ => !NpiRules.IsWellFormed(value) || NpiRules.HasValidCheckDigit(value!),
    };

    protected override string GetDefaultMessageTemplate(string errorCode) => "The NPI is not valid.";
}

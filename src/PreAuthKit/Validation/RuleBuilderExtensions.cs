using FluentValidation;

namespace PreAuthKit.Validation;

/// <summary>Attaches a finding's code, section, message and severity to a rule in one call.</summary>
internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code, string section, string message, Severity severity = Severity.Error)
        => rule.WithErrorCode(code).WithMessage(message).WithSeverity(severity).WithState(_ => section);

    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code, string section, Func<T, TProperty, string> message, Severity severity = Severity.Error)
        => rule.WithErrorCode(code).WithMessage(message).WithSeverity(severity).WithState(_ => section);

    /// <summary>The value is a 10-digit NANP number once formatting is removed (absent values pass).</summary>
    public static IRuleBuilderOptions<T, string?> NanpPhone<T>(this IRuleBuilder<T, string?> rule, string code, string section, string label)
        => rule.SetValidator(new PhoneNumberValidator<T>())
            .Finding(code, section, $"{label} is not a 10-digit US phone number: enter it as (NPA) NXX-XXXX, for example (555) 010-2000, without extensions or letters.");

    /// <summary>A phone number (not a fax): ten NANP digits, optionally followed by an extension (<c>ext. 214</c>).</summary>
    public static IRuleBuilderOptions<T, string?> NanpPhoneWithExtension<T>(this IRuleBuilder<T, string?> rule, string code, string section, string label)
        => rule.SetValidator(new PhoneNumberValidator<T>(allowExtension: true))
            .Finding(code, section, $"{label} is not a 10-digit US phone number: enter it as (NPA) NXX-XXXX, for example (555) 010-2000, optionally followed by an extension (ext. 214), without letters.");
}

using FluentValidation;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>Attaches a catalog finding (code, section, message, severity) to a rule in one call.</summary>
internal static class RuleBuilderExtensions
{
    /// <summary>The finding with its catalog message (holes filled from <paramref name="args"/>).</summary>
    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, FindingDefinition definition, params object?[] args)
        => rule.WithErrorCode(definition.Code).WithMessage(definition.Format(args))
            .WithSeverity(ToFluent(definition.Severity)).WithState(_ => definition);

    /// <summary>The finding with a message computed from the object and the value (use <see cref="FindingDefinition.Format"/>).</summary>
    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, FindingDefinition definition, Func<T, TProperty, string> message)
        => rule.WithErrorCode(definition.Code).WithMessage(message)
            .WithSeverity(ToFluent(definition.Severity)).WithState(_ => definition);

    /// <summary>The value is a 10-digit NANP number once formatting is removed (absent values pass).</summary>
    public static IRuleBuilderOptions<T, string?> NanpPhone<T>(this IRuleBuilder<T, string?> rule, FindingDefinition definition, string label)
        => rule.SetValidator(new PhoneNumberValidator<T>()).Finding(definition, label);

    /// <summary>A phone number (not a fax): ten NANP digits, optionally followed by an extension (<c>ext. 214</c>).</summary>
    public static IRuleBuilderOptions<T, string?> NanpPhoneWithExtension<T>(this IRuleBuilder<T, string?> rule, FindingDefinition definition, string label)
        => rule.SetValidator(new PhoneNumberValidator<T>(allowExtension: true)).Finding(definition, label);

    private static Severity ToFluent(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => Severity.Error,
        FindingSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}

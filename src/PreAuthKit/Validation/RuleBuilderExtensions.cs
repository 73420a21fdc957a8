using FluentValidation;
using PreAuthKit.Validation.Properties;
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

    /// <summary>The finding's code, severity and section for a rule whose property validator supplies the message.</summary>
    public static IRuleBuilderOptions<T, TProperty> Code<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, FindingDefinition definition)
        => rule.WithErrorCode(definition.Code).WithSeverity(ToFluent(definition.Severity)).WithState(_ => definition);

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

    /// <summary>A predicate on the value that reads the run's <see cref="ValidationScope"/> from <c>RootContextData</c> (validators hold no per-run state).</summary>
    public static IRuleBuilderOptions<T, TProperty> MustIn<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<T, TProperty, ValidationScope, bool> predicate)
        => rule.Must((instance, value, context) => predicate(instance, value, ValidationScope.From(context)));

    /// <summary>A condition that reads the run's <see cref="ValidationScope"/>.</summary>
    public static IRuleBuilderOptions<T, TProperty> WhenIn<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Func<T, ValidationScope, bool> condition)
        => rule.When((instance, context) => condition(instance, ValidationScope.From(context)));

    /// <summary>
    /// The finding with a message computed from the run's scope: the predicate runs first, then the
    /// message is built (only on failure) and handed to FluentValidation's formatter.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> MustIn<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<T, TProperty, ValidationScope, bool> predicate, FindingDefinition definition, Func<T, TProperty, ValidationScope, string> message)
        => rule.Must((instance, value, context) =>
            {
                var scope = ValidationScope.From(context);
                if (predicate(instance, value, scope))
                {
                    return true;
                }

                context.MessageFormatter.AppendArgument(MessageArgument, message(instance, value, scope));
                return false;
            })
            .WithErrorCode(definition.Code).WithMessage("{" + MessageArgument + "}").WithSeverity(ToFluent(definition.Severity)).WithState(_ => definition);

    private const string MessageArgument = "PreAuthKitMessage";
}

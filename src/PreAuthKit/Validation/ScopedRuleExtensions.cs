using FluentValidation;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>
/// Rules that read the run's <see cref="ValidationScope"/> from FluentValidation's
/// <c>RootContextData</c> (<see cref="ValidationScope.From"/>) instead of holding it, so the
/// validators that use them are stateless and can be built once. A failing check returns the
/// message's hole values; they reach the catalog message as FluentValidation placeholders.
/// </summary>
internal static class ScopedRuleExtensions
{
    /// <summary>
    /// Fails when <paramref name="failure"/> returns hole values (null: the rule passes); the values
    /// fill the catalog message's holes <c>{0}</c>, <c>{1}</c>... in order.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> Unless<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<ValidationScope, T, TProperty, object?[]?> failure)
        => rule.Must((instance, value, context) =>
        {
            var holes = failure(ValidationScope.From(context), instance, value);
            if (holes is null)
            {
                return true;
            }

            for (var i = 0; i < holes.Length; i++)
            {
                context.MessageFormatter.AppendArgument(Hole(i), holes[i]);
            }

            return false;
        });

    /// <summary>The rule applies only when <paramref name="predicate"/> holds for the run's scope.</summary>
    public static IRuleBuilderOptions<T, TProperty> WhenScope<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Func<ValidationScope, T, bool> predicate)
        => rule.When((instance, context) => predicate(ValidationScope.From(context), instance));

    /// <summary>The catalog finding with its holes left for the values <see cref="Unless{T, TProperty}"/> supplies.</summary>
    public static IRuleBuilderOptions<T, TProperty> FindingWithHoles<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, FindingDefinition definition)
        => rule.Finding(definition, [.. Enumerable.Range(0, HoleCount(definition.Template)).Select(i => (object?)("{" + Hole(i) + "}"))]);

    private static string Hole(int index) => "PakHole" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int HoleCount(string template)
    {
        var count = 0;
        while (template.Contains("{" + count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

using FluentValidation;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>
/// A check that reads the run's <see cref="ValidationScope"/> (like <c>MustIn</c> in
/// <see cref="RuleBuilderExtensions"/>) and returns the catalog message's hole values when it
/// fails; the values reach the message as FluentValidation placeholders, so one predicate computes
/// both the verdict and the message.
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

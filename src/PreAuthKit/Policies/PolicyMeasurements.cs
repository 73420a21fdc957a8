using System.Text.Json;
using PreAuthKit.Model;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Policies;

/// <summary>
/// Measurement evidence: the case's most recent measurement of a named measure compared with a
/// threshold (<c>docs/policies.md</c>, "measurement"). Measures are named by the case file's kind
/// (<c>vss</c>, <c>range-of-motion</c>), the scale's title or the measurement's name.
/// </summary>
internal static class PolicyMeasurements
{
    /// <summary>Heading the letter's measurements are expected under (searched first; any other place is searched next).</summary>
    public const string Section = "Objective measurements";

    public static RequirementOutcome Evaluate(PolicyRequirement requirement, PreAuthCase @case)
    {
        var candidates = (@case.Measurements ?? [])
            .Select((measurement, index) => (measurement, index))
            .Where(m => m.measurement is not null && m.measurement.Value is not null && Names(m.measurement).Any(n => PolicyEvaluator.ContainsAny(n, requirement.Terms)))
            .Where(m => requirement.Site is not { } site || $"{m.measurement.Name} {m.measurement.BodySite}".Contains(site, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.measurement.MeasuredOn ?? DateOnly.MinValue)
            .ThenBy(m => m.index)
            .ToList();
        var threshold = Describe(requirement);
        if (candidates.Count == 0)
        {
            return RequirementOutcome.NotMet($"a recorded {string.Join(" or ", requirement.Terms.Select(t => $"'{t}'"))} measurement {threshold}");
        }

        var latest = candidates[^1].measurement;
        var scale = MeasurementScale.Of(latest.Kind);
        var unit = latest.Unit ?? scale.DefaultUnit;
        if (requirement.PercentOfNormal)
        {
            if (latest.NormalValue is not { } normal || normal == 0)
            {
                return RequirementOutcome.NotMet($"the normal value of the {string.Join(" or ", requirement.Terms)} measurement (to compare {threshold})");
            }
        }
        else if (requirement.Unit is { } wanted && !string.Equals(BareUnit(unit), BareUnit(wanted), StringComparison.OrdinalIgnoreCase))
        {
            return RequirementOutcome.NotMet($"a {string.Join(" or ", requirement.Terms)} measurement in {wanted}");
        }

        var value = requirement.PercentOfNormal ? latest.Value!.Value / latest.NormalValue!.Value * 100m : latest.Value!.Value;
        var met = requirement.Comparison switch
        {
            Comparison.LessThan => value < requirement.Value,
            Comparison.LessThanOrEqual => value <= requirement.Value,
            Comparison.GreaterThan => value > requirement.Value,
            _ => value >= requirement.Value,
        };
        if (!met)
        {
            return RequirementOutcome.NotMet($"a {string.Join(" or ", requirement.Terms)} measurement {threshold} (the latest does not meet it)");
        }

        var name = string.IsNullOrWhiteSpace(latest.Name) ? scale.Title : latest.Name.Trim();
        var normalText = latest.NormalValue is { } n ? $" (normal {PolicyEvaluator.Invariant(n)})" : "";
        var summary = $"{PolicyEvaluator.Shorten(name, 40)} {PolicyEvaluator.Invariant(latest.Value!.Value)} {BareUnit(unit)}{normalText}{(latest.MeasuredOn is { } on ? ", " + Formats.Date(on) : "")}";
        return RequirementOutcome.Met(new PolicyEvidence(summary, PolicyEvaluator.Anchor(name), Section));
    }

    /// <summary>A unit without its printed range: "points (0-13)" is "points".</summary>
    internal static string BareUnit(string unit)
    {
        var open = unit.IndexOf(" (", StringComparison.Ordinal);
        return (open > 0 ? unit[..open] : unit).Trim();
    }

    private static IEnumerable<string> Names(Measurement measurement)
    {
        yield return JsonNamingPolicy.KebabCaseLower.ConvertName(measurement.Kind.ToString());
        yield return MeasurementScale.Of(measurement.Kind).Title;
        if (!string.IsNullOrWhiteSpace(measurement.Name))
        {
            yield return measurement.Name;
        }
    }

    private static string Describe(PolicyRequirement requirement)
    {
        var relation = requirement.Comparison switch
        {
            Comparison.LessThan => "below",
            Comparison.LessThanOrEqual => "at or below",
            Comparison.GreaterThan => "above",
            _ => "at or above",
        };
        var unit = requirement.PercentOfNormal ? "% of normal" : requirement.Unit is { } u ? " " + u : "";
        return $"{relation} {PolicyEvaluator.Invariant(requirement.Value)}{unit}";
    }
}

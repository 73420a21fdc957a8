using PreAuthKit.Model;

namespace PreAuthKit.Policies;

/// <summary>Measurement evidence (a scale or measure compared with a threshold). Completed when the case model records measurements.</summary>
internal static class PolicyMeasurements
{
    public static RequirementOutcome Evaluate(PolicyRequirement requirement, PreAuthCase @case)
        => RequirementOutcome.NotMet("a recorded measurement");
}

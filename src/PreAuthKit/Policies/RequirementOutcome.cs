namespace PreAuthKit.Policies;

/// <summary>How one node of a criterion's evidence tree came out: its status, the evidence that decided it, and what is missing.</summary>
internal sealed record RequirementOutcome(CriterionStatus Status, IReadOnlyList<PolicyEvidence> Evidence, IReadOnlyList<string> Gaps)
{
    public static RequirementOutcome Met(params PolicyEvidence[] evidence) => new(CriterionStatus.Met, evidence, []);

    public static RequirementOutcome NotMet(string gap) => new(CriterionStatus.NotMet, [], [gap]);
}

namespace PreAuthKit.Policies;

/// <summary>A case evaluated against its medical policy: one result per criterion, in the order the letter answers them.</summary>
public sealed class PolicyEvaluation
{
    internal PolicyEvaluation(PolicyPack pack, IReadOnlyList<CriterionResult> criteria)
    {
        Pack = pack;
        Criteria = criteria;
    }

    /// <summary>The policy pack the case was evaluated against.</summary>
    public PolicyPack Pack { get; }

    /// <summary>One result per criterion: the pack's order, except that an appeal puts the criteria its denial cited first.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>True when every criterion is met: the draft gate's policy condition.</summary>
    public bool AllMet => Criteria.All(c => c.Status == CriterionStatus.Met);
}

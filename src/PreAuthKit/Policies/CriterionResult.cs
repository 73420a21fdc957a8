namespace PreAuthKit.Policies;

/// <summary>How a case answers one criterion: met, not met or needing attestation, and what decided it.</summary>
public sealed class CriterionResult
{
    internal CriterionResult(PolicyCriterion criterion, CriterionStatus status, IReadOnlyList<PolicyEvidence> evidence, IReadOnlyList<string> gaps)
    {
        Criterion = criterion;
        Status = status;
        Evidence = evidence;
        Gaps = gaps;
    }

    /// <summary>The criterion.</summary>
    public PolicyCriterion Criterion { get; }

    /// <summary>Met, not met or needs attestation.</summary>
    public CriterionStatus Status { get; }

    /// <summary>The case facts that decided it (for a met criterion, the facts that satisfy it).</summary>
    public IReadOnlyList<PolicyEvidence> Evidence { get; }

    /// <summary>For a criterion not met or needing attestation: what is missing, in the pack's terms (no patient data).</summary>
    public IReadOnlyList<string> Gaps { get; }
}

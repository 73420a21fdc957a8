namespace PreAuthKit.Policies;

/// <summary>
/// A payer's medical policy as a clinic transcribed it: who the payer is, which policy and version,
/// where it is published, the CPT/HCPCS codes it governs and its criteria, in the payer's order.
/// Packs are user data (the clinic checks them against the payer's current policy); read them with
/// <see cref="PolicyPackReader"/>. Format: <c>docs/policies.md</c> and <c>docs/policy-pack.schema.json</c>.
/// </summary>
public sealed class PolicyPack
{
    internal PolicyPack(PolicyPayer payer, string policyId, string title, string? version, DateOnly? effectiveDate, Uri sourceUrl,
        IReadOnlyList<string> procedureCodes, IReadOnlyList<PolicyCriterion> criteria, bool example, string? notice)
    {
        Payer = payer;
        PolicyId = policyId;
        Title = title;
        Version = version;
        EffectiveDate = effectiveDate;
        SourceUrl = sourceUrl;
        ProcedureCodes = procedureCodes;
        Criteria = criteria;
        IsExample = example;
        Notice = notice;
    }

    /// <summary>The payer whose policy this is, with the electronic payer ids it is matched by.</summary>
    public PolicyPayer Payer { get; }

    /// <summary>The payer's identifier of the policy (e.g. a policy or guideline number); unique among loaded packs.</summary>
    public string PolicyId { get; }

    /// <summary>The policy's title as the payer publishes it.</summary>
    public string Title { get; }

    /// <summary>The payer's version or revision label, when the pack records one.</summary>
    public string? Version { get; }

    /// <summary>The policy's effective date, when the pack records one.</summary>
    public DateOnly? EffectiveDate { get; }

    /// <summary>Where the payer publishes the policy.</summary>
    public Uri SourceUrl { get; }

    /// <summary>The CPT/HCPCS codes the policy governs (upper case, no modifiers).</summary>
    public IReadOnlyList<string> ProcedureCodes { get; }

    /// <summary>The criteria, in the payer's order.</summary>
    public IReadOnlyList<PolicyCriterion> Criteria { get; }

    /// <summary>True for an example pack: its criteria were written from a public summary and must be checked against the payer's current policy.</summary>
    public bool IsExample { get; }

    /// <summary>The pack author's notice (e.g. "example, check against the current policy"), printed in the clinic's copy only.</summary>
    public string? Notice { get; }
}

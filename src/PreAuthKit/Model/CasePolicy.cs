namespace PreAuthKit.Model;

/// <summary>
/// The medical policy a case answers (optional): which policy pack to use when the case does not
/// leave it to matching by payer id and procedure code, the physician's attestations for criteria
/// that need one, and for an appeal the criteria the denial cited. See <c>docs/policies.md</c>.
/// </summary>
public sealed record CasePolicy
{
    /// <summary>The policy pack's <c>policyId</c>. When absent the pack is matched by payer id and CPT/HCPCS code.</summary>
    public string? Id { get; init; }

    /// <summary>Statements the physician supplies for criteria whose evidence is an attestation.</summary>
    public IReadOnlyList<PolicyAttestation> Attestations { get; init; } = [];

    /// <summary>Ids of the criteria the denial cited; an appeal answers them first, in this order.</summary>
    public IReadOnlyList<string> CitedCriteria { get; init; } = [];
}

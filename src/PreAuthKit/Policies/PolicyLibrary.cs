using PreAuthKit.Model;

namespace PreAuthKit.Policies;

/// <summary>
/// The policy packs a generator knows, matched to a case: by the case's <c>policy.id</c> when it
/// names one, otherwise by payer id (case-insensitive) and any requested CPT/HCPCS code. Immutable
/// and thread-safe.
/// </summary>
public sealed class PolicyLibrary
{
    private PolicyLibrary(IReadOnlyList<PolicyPack> packs) => Packs = packs;

    /// <summary>A library with no packs: no case is evaluated against a policy.</summary>
    public static PolicyLibrary Empty { get; } = new([]);

    /// <summary>The packs, ordered by policy id.</summary>
    public IReadOnlyList<PolicyPack> Packs { get; }

    /// <summary>Builds a library from packs (e.g. parsed with <see cref="PolicyPackReader.Parse"/>).</summary>
    /// <exception cref="PolicyPackException">Two packs share a policy id (PAK-POL-010).</exception>
    public static PolicyLibrary From(IEnumerable<PolicyPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var list = packs.OrderBy(p => p.PolicyId, StringComparer.OrdinalIgnoreCase).ToList();
        var duplicates = list.GroupBy(p => p.PolicyId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        if (duplicates.Count > 0)
        {
            throw new PolicyPackException(duplicates.Select(g => PolicyFindings.Pack(PolicyFindings.DuplicatePolicy, "$.policyId",
                $"{g.Count()} packs share the policy id '{g.Key}'; each policy id may be loaded once.")).ToList());
        }

        return new PolicyLibrary(list);
    }

    /// <summary>The pack for a case (or none) and the findings the choice drew.</summary>
    internal (PolicyPack? Pack, IReadOnlyList<ValidationFinding> Findings) Match(PreAuthCase @case, bool strict)
    {
        var payerId = @case.Payer?.PayerId?.Trim() ?? "";
        var named = @case.Policy?.Id?.Trim();
        if (!string.IsNullOrEmpty(named))
        {
            var pack = Packs.FirstOrDefault(p => string.Equals(p.PolicyId, named, StringComparison.OrdinalIgnoreCase));
            if (pack is null)
            {
                return (null, [PolicyFindings.Case(PolicyFindings.PolicyNotLoaded, "policy.id",
                    "The case names a medical policy that is not among the loaded policy packs, so its criteria are not answered. Load the pack (--policies) or correct the id.", strict)]);
            }

            if (!pack.Payer.PayerIds.Contains(payerId, StringComparer.OrdinalIgnoreCase))
            {
                return (pack, [PolicyFindings.Case(PolicyFindings.PolicyOtherPayer, "policy.id",
                    "The named medical policy belongs to a different payer id than the case's payer; check that the right policy is named.", strict)]);
            }

            return (pack, []);
        }

        var codes = (@case.Procedures ?? []).Where(p => p is not null).Select(p => p.Code.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var matches = Packs
            .Where(p => p.Payer.PayerIds.Contains(payerId, StringComparer.OrdinalIgnoreCase) && p.ProcedureCodes.Any(codes.Contains))
            .ToList();
        return matches.Count switch
        {
            0 => (null, []),
            1 => (matches[0], []),
            _ => (matches[0], [PolicyFindings.Case(PolicyFindings.SeveralPolicies, "policy.id",
                $"{matches.Count} policy packs match this payer and procedure; the first by policy id is used. Name the policy in 'policy.id'.", strict)]),
        };
    }
}

namespace PreAuthKit.Policies;

/// <summary>One case fact that decided a criterion, and where the letter prints it.</summary>
public sealed class PolicyEvidence
{
    internal PolicyEvidence(string summary, string anchor, string? preferredSection, bool inPolicySection = false, string? fullText = null)
    {
        FullText = fullText;
        Summary = summary;
        Anchor = anchor;
        PreferredSection = preferredSection;
        InPolicySection = inPolicySection;
    }

    /// <summary>The evidence in a few words (e.g. "L91.0 Hypertrophic scar", "Pressure garment therapy, 15 months").</summary>
    public string Summary { get; }

    /// <summary>Text that prints where the evidence is, used to find its page.</summary>
    internal string Anchor { get; }

    /// <summary>The heading of the letter section expected to hold the evidence (searched first).</summary>
    internal string? PreferredSection { get; }

    /// <summary>The full text printed by the policy section itself (an attestation's statement).</summary>
    internal string? FullText { get; }

    /// <summary>True when the evidence prints only in the policy section itself (an attestation).</summary>
    internal bool InPolicySection { get; }
}

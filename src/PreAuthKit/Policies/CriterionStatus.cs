namespace PreAuthKit.Policies;

/// <summary>How a case answers one criterion.</summary>
public enum CriterionStatus
{
    /// <summary>The case's facts satisfy the criterion.</summary>
    Met,

    /// <summary>Everything else is satisfied, but the criterion needs a physician's attestation the case does not yet supply.</summary>
    NeedsAttestation,

    /// <summary>The case's facts do not satisfy the criterion.</summary>
    NotMet,
}

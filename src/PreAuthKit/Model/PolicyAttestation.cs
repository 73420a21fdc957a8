namespace PreAuthKit.Model;

/// <summary>A physician's attestation for one criterion of the medical policy (printed in the letter as written).</summary>
public sealed record PolicyAttestation
{
    /// <summary>The criterion's id in the policy pack (e.g. <c>C4</c>).</summary>
    public string Criterion { get; init; } = "";

    /// <summary>The statement, in the physician's words.</summary>
    public string Statement { get; init; } = "";
}

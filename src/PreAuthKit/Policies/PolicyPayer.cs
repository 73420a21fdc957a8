namespace PreAuthKit.Policies;

/// <summary>The payer a policy pack belongs to.</summary>
/// <param name="Name">The payer's name.</param>
/// <param name="PayerIds">The electronic payer ids a case's <c>payer.payerId</c> is matched against (case-insensitive).</param>
public sealed record PolicyPayer(string Name, IReadOnlyList<string> PayerIds);

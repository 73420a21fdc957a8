namespace PreAuthKit.ViewModels;

/// <summary>Where a letter goes: the organization, the unit, its address and fax, and the source of that routing (not escaped).</summary>
internal sealed record Addressee(string Name, string Unit, string Address, string Fax, string Phone, string Online, string Source)
{
    /// <summary>What the addressee is, in a phrase that follows "filed with" (e.g. "the state insurance department").</summary>
    public string Role { get; init; } = "";
}

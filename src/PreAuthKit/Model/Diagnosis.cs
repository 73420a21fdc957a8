namespace PreAuthKit.Model;

/// <summary>A diagnosis coded in ICD-10-CM.</summary>
public sealed record Diagnosis
{
    /// <summary>The ICD-10-CM code, with or without the dot (e.g. <c>L90.5</c>).</summary>
    public string Code { get; init; } = "";

    /// <summary>Description; when absent the official description from the code table is used.</summary>
    public string? Description { get; init; }

    /// <summary>Whether this is the primary diagnosis. Exactly one diagnosis is primary.</summary>
    public bool Primary { get; init; }
}

namespace PreAuthKit.Model;

/// <summary>A postal address.</summary>
public sealed record Address
{
    /// <summary>Street line.</summary>
    public string? Line1 { get; init; }

    /// <summary>Second street line (suite, unit).</summary>
    public string? Line2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>Two-letter state code.</summary>
    public string? State { get; init; }

    /// <summary>ZIP code.</summary>
    public string? PostalCode { get; init; }
}

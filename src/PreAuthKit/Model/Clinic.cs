namespace PreAuthKit.Model;

/// <summary>The clinic shown in the first page's letterhead.</summary>
public sealed record Clinic
{
    /// <summary>Clinic or practice name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Group (type 2) NPI of the practice.</summary>
    public string? Npi { get; init; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; init; }
}

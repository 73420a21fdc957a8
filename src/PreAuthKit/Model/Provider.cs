namespace PreAuthKit.Model;

/// <summary>A provider or facility: requesting, servicing or primary care.</summary>
public sealed record Provider
{
    /// <summary>Provider or facility name.</summary>
    public string Name { get; init; } = "";

    /// <summary>National Provider Identifier: ten digits with a Luhn check digit.</summary>
    public string Npi { get; init; } = "";

    /// <summary>Specialty (e.g. Dermatology).</summary>
    public string? Specialty { get; init; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>The person the payer should contact about this request.</summary>
    public string? ContactPerson { get; init; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; init; }
}

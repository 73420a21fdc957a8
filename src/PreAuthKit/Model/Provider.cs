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

    /// <summary>The physician's direct line for a peer-to-peer conversation; an extension is allowed (<c>(555) 010-2000 ext. 214</c>).</summary>
    public string? DirectLine { get; init; }

    /// <summary>E-mail address for scheduling a peer-to-peer conversation.</summary>
    public string? Email { get; init; }

    /// <summary>When the physician is available for a peer-to-peer conversation (e.g. "Mon-Fri 12:00-13:00 CT").</summary>
    public string? Availability { get; init; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; init; }
}

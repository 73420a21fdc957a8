namespace PreAuthKit.Model;

/// <summary>The insurer (issuer) the request or appeal is sent to.</summary>
public sealed record Payer
{
    /// <summary>Payer name as printed on the member's card.</summary>
    public string Name { get; init; } = "";

    /// <summary>Payer identifier (electronic payer ID), also used to pick payer-specific templates.</summary>
    public string? PayerId { get; init; }

    /// <summary>Utilization management phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Utilization management fax number.</summary>
    public string? Fax { get; init; }

    /// <summary>Postal address for requests and appeals.</summary>
    public Address? Address { get; init; }

    /// <summary>The kind of plan. Defaults to <see cref="PlanType.Commercial"/>.</summary>
    public PlanType PlanType { get; init; } = PlanType.Commercial;
}

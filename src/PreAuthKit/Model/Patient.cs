namespace PreAuthKit.Model;

/// <summary>The patient (plan member). Everything here is protected health information.</summary>
public sealed record Patient
{
    /// <summary>Given name.</summary>
    public string FirstName { get; init; } = "";

    /// <summary>Family name.</summary>
    public string LastName { get; init; } = "";

    /// <summary>Date of birth.</summary>
    public DateOnly DateOfBirth { get; init; }

    /// <summary>Sex as recorded by the plan.</summary>
    public Sex Sex { get; init; } = Sex.Unknown;

    /// <summary>Phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; init; }

    /// <summary>Member ID from the insurance card.</summary>
    public string MemberId { get; init; } = "";

    /// <summary>Group number from the insurance card.</summary>
    public string? GroupNumber { get; init; }

    /// <summary>Plan name.</summary>
    public string? PlanName { get; init; }
}

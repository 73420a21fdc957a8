namespace PreAuthKit.Model;

/// <summary>A requested service coded in CPT or HCPCS Level II.</summary>
public sealed record Procedure
{
    /// <summary>The CPT (<c>17999</c>, <c>0479T</c>) or HCPCS (<c>J3301</c>) code.</summary>
    public string Code { get; init; } = "";

    /// <summary>Modifiers (e.g. <c>LT</c>, <c>59</c>).</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    /// <summary>The clinic's own description of the service. Required for unlisted codes; CPT descriptors are never shipped.</summary>
    public string? Description { get; init; }

    /// <summary>Units or sessions requested; at least 1.</summary>
    public int Units { get; init; } = 1;

    /// <summary>How often (e.g. "every 4-6 weeks").</summary>
    public string? Frequency { get; init; }

    /// <summary>First date of service.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Last date of service.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>For an unlisted code (e.g. <c>17999</c>): the listed code closest in time, effort and equipment, which the payer prices the service from.</summary>
    public string? ComparableCode { get; init; }

    /// <summary>For an unlisted code: the time, effort and equipment of the service in the clinic's words (e.g. "45 minutes physician time per session; 120 cm² treated; single-use 36-needle cartridge").</summary>
    public string? UnlistedNarrative { get; init; }

    /// <summary>Where the service is performed. Defaults to <see cref="PlaceOfService.Office"/>.</summary>
    public PlaceOfService PlaceOfService { get; init; } = PlaceOfService.Office;
}

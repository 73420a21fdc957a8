namespace PreAuthKit.Policies;

/// <summary>
/// One node of a criterion's evidence tree: a group (<see cref="RequirementKind.Group"/>, met by all
/// or any of its children) or an evidence reference to case facts. Only the members of its kind are
/// set; the reader checked them (<c>docs/policies.md</c> gives each kind's semantics).
/// </summary>
internal sealed record PolicyRequirement
{
    public RequirementKind Kind { get; init; }

    /// <summary>JSON path of the node in its pack, for messages.</summary>
    public string Path { get; init; } = "$";

    /// <summary>Optional words describing the requirement (shown when it is not met).</summary>
    public string? Label { get; init; }

    /// <summary>Group: true when any child suffices, false when all are needed.</summary>
    public bool Any { get; init; }

    public IReadOnlyList<PolicyRequirement> Requirements { get; init; } = [];

    /// <summary>Diagnosis: codes matching themselves and every code below them (normalized: no dot, upper case).</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    public IReadOnlyList<CodeRange> Ranges { get; init; } = [];

    public bool PrimaryOnly { get; init; }

    /// <summary>Terms matched case-insensitively as substrings (impairments, symptoms, treatments, record text, measurement names).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Record text: which case fields are searched.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public int MinCount { get; init; } = 1;

    public int? MinMonths { get; init; }

    public bool RequireOutcome { get; init; }

    /// <summary>Measurement: the scale or measure name terms (any) and an optional site term.</summary>
    public string? Site { get; init; }

    public Comparison Comparison { get; init; }

    public decimal Value { get; init; }

    public string? Unit { get; init; }

    /// <summary>Measurement: compare the value as a percentage of the measurement's normal value.</summary>
    public bool PercentOfNormal { get; init; }

    public bool RequireDated { get; init; } = true;

    public bool RequireConsent { get; init; }

    public int? MaxAgeDays { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }

    /// <summary>Attestation: what the physician must attest.</summary>
    public string? Statement { get; init; }
}

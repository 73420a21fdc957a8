using PreAuthKit.Validation;

namespace PreAuthKit.Policies;

/// <summary>
/// The <c>PAK-POL</c> findings: 0xx refuse a pack (reader), 1xx come from evaluating a case
/// against its policy. Catalogued in <c>docs/policies.md</c>.
/// </summary>
internal static class PolicyFindings
{
    /// <summary>The checklist section policy findings belong to.</summary>
    public const string Section = "Medical policy";

    public const string FileNotFound = "PAK-POL-001";
    public const string Malformed = "PAK-POL-002";
    public const string MissingProperty = "PAK-POL-003";
    public const string WrongType = "PAK-POL-004";
    public const string UnknownProperty = "PAK-POL-005";
    public const string InvalidValue = "PAK-POL-006";
    public const string DuplicateId = "PAK-POL-007";
    public const string LimitExceeded = "PAK-POL-008";
    public const string UnsupportedFormat = "PAK-POL-009";
    public const string DuplicatePolicy = "PAK-POL-010";

    public const string CriterionNotMet = "PAK-POL-101";
    public const string NeedsAttestation = "PAK-POL-102";
    public const string PolicyNotLoaded = "PAK-POL-103";
    public const string SeveralPolicies = "PAK-POL-104";
    public const string UnknownCriterion = "PAK-POL-105";
    public const string PolicyOtherPayer = "PAK-POL-106";
    public const string PagesUnstable = "PAK-POL-107";
    public const string ExamplePack = "PAK-POL-108";

    public static ValidationFinding Pack(string code, string path, string message)
        => new(code, FindingSeverity.Error, path, message, Section);

    /// <summary>An evaluation finding: a warning, or an error under strict validation.</summary>
    public static ValidationFinding Case(string code, string path, string message, bool strict)
        => new(code, strict ? FindingSeverity.Error : FindingSeverity.Warning, path, message, Section);
}

using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Policies;

/// <summary>
/// Raises the <c>PAK-POL</c> findings defined in <see cref="FindingCatalog.Policy"/>: 0xx refuse a pack
/// (reader), 1xx come from evaluating a case against its policy. Catalogued in <c>docs/policies.md</c>.
/// </summary>
internal static class PolicyFindings
{
    public static FindingDefinition FileNotFound => FindingCatalog.Policy.FileNotFound;
    public static FindingDefinition Malformed => FindingCatalog.Policy.Malformed;
    public static FindingDefinition MissingProperty => FindingCatalog.Policy.MissingProperty;
    public static FindingDefinition WrongType => FindingCatalog.Policy.WrongType;
    public static FindingDefinition UnknownProperty => FindingCatalog.Policy.UnknownProperty;
    public static FindingDefinition InvalidValue => FindingCatalog.Policy.InvalidValue;
    public static FindingDefinition DuplicateId => FindingCatalog.Policy.DuplicateId;
    public static FindingDefinition LimitExceeded => FindingCatalog.Policy.LimitExceeded;
    public static FindingDefinition UnsupportedFormat => FindingCatalog.Policy.UnsupportedFormat;
    public static FindingDefinition DuplicatePolicy => FindingCatalog.Policy.DuplicatePolicy;

    public static FindingDefinition CriterionNotMet => FindingCatalog.Policy.CriterionNotMet;
    public static FindingDefinition NeedsAttestation => FindingCatalog.Policy.NeedsAttestation;
    public static FindingDefinition PolicyNotLoaded => FindingCatalog.Policy.PolicyNotLoaded;
    public static FindingDefinition SeveralPolicies => FindingCatalog.Policy.SeveralPolicies;
    public static FindingDefinition UnknownCriterion => FindingCatalog.Policy.UnknownCriterion;
    public static FindingDefinition PolicyOtherPayer => FindingCatalog.Policy.PolicyOtherPayer;
    public static FindingDefinition PagesUnstable => FindingCatalog.Policy.PagesUnstable;
    public static FindingDefinition ExamplePack => FindingCatalog.Policy.ExamplePack;

    /// <summary>A pack refusal (always an error) at a JSON path in the pack.</summary>
    public static ValidationFinding Pack(FindingDefinition definition, string path, string message) => definition.At(path, message);

    /// <summary>An evaluation finding: a warning, or an error under strict validation.</summary>
    public static ValidationFinding Case(FindingDefinition definition, string path, string message, bool strict)
        => definition.At(strict ? FindingSeverity.Error : FindingSeverity.Warning, path, message);
}

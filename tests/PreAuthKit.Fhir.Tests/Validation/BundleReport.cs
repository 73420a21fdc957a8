using Hl7.Fhir.Model;
using PreAuthKit.Fhir.Tests.Support;

namespace PreAuthKit.Fhir.Tests.Validation;

/// <summary>Validation counts of one bundle: errors, warnings, unresolved profiles and terminology that could not be checked.</summary>
internal sealed class BundleReport
{
    public List<string> CoreErrors { get; } = [];

    public List<string> Errors { get; } = [];

    public int Warnings { get; private set; }

    /// <summary>Warnings that only say a code system or value set is not available here (X12, LOINC, BCP-13): unresolved terminology.</summary>
    public int TerminologyUnresolved { get; private set; }

    public HashSet<string> Unresolved { get; } = [];

    public HashSet<string> Validated { get; } = [];

    public SnapshotCheck.Result ClaimSnapshot { get; set; } = new([], 0, []);

    public SnapshotCheck.Result BundleSnapshot { get; set; } = new([], 0, []);

    public bool ClaimFirst { get; set; }

    public void Add(ValidationOutcome outcome, bool isCore)
    {
        if (outcome.CompileFailure is not null || outcome.Issues.Any(IsUnresolvedProfile))
        {
            Unresolved.Add(outcome.Profile);
            return;
        }

        if (!isCore)
        {
            Validated.Add(outcome.Profile);
        }

        foreach (var i in outcome.Issues)
        {
            if (i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            {
                (isCore ? CoreErrors : Errors).Add($"{outcome.Profile} {i.Location}: {i.Message}");
            }
            else if (i.Severity == OperationOutcome.IssueSeverity.Warning)
            {
                if (IsTerminologyUnavailable(i))
                {
                    TerminologyUnresolved++;
                }
                else
                {
                    Warnings++;
                }
            }
        }
    }

    public string Summary()
        => $"core errors {CoreErrors.Count}; profile errors {Errors.Count}; warnings {Warnings}; terminology not resolvable here {TerminologyUnresolved}; " +
           $"profiles validated {Validated.Count} ({string.Join(", ", Validated.Select(Short).Order(StringComparer.Ordinal))}); " +
           $"unresolved {Unresolved.Count} ({string.Join(", ", Unresolved.Select(Short))}); " +
           $"PAS Claim snapshot check: {ClaimSnapshot.Checked} checks, {ClaimSnapshot.Errors.Count} errors, {ClaimSnapshot.NotChecked.Count} slice elements not checked; " +
           $"PAS request bundle snapshot check: {BundleSnapshot.Checked} checks, {BundleSnapshot.Errors.Count} errors, {BundleSnapshot.NotChecked.Count} slice elements not checked";

    private static string Short(string url) => url[(url.LastIndexOf('/') + 1)..];

    private static bool IsUnresolvedProfile(ValidationIssue i)
        => i.Message.Contains("Unable to resolve reference to profile", StringComparison.Ordinal);

    private static bool IsTerminologyUnavailable(ValidationIssue i)
        => i.Message.StartsWith("Terminology service failed", StringComparison.Ordinal)
           && (i.Message.Contains("is unknown", StringComparison.Ordinal) || i.Message.Contains("cannot find codesystem", StringComparison.OrdinalIgnoreCase));
}

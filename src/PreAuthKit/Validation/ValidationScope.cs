using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>What every validator of one run needs to know besides its own object: dates, options, the code table, the case folder.</summary>
internal sealed class ValidationScope
{
    /// <summary>The key of the scope in FluentValidation's <c>RootContextData</c>.</summary>
    public const string ContextKey = "PreAuthKit.ValidationScope";

    private readonly Dictionary<string, Icd10CmCheck> _diagnosisChecks = new(StringComparer.Ordinal);

    public ValidationScope(CaseFacts facts, ValidationOptions options)
    {
        Facts = facts;
        Case = facts.Case;
        Today = facts.Today;
        Options = options;
        DateOfService = facts.DateOfService;
        FiscalYear = Icd10Cm.FiscalYearOf(DateOfService);
        CodeSet = Icd10Cm.ForFiscalYear(FiscalYear);
        CosmeticPrefixes = [.. options.CosmeticDiagnosisCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(Icd10CmFormat.Normalize)];
        UnlistedCodes = new HashSet<string>(options.UnlistedProcedureCodes.Select(ProcedureCodes.Normalize), StringComparer.Ordinal);
        CosmeticPurposeCodes = new HashSet<string>(options.CosmeticPurposeCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(Icd10CmFormat.Normalize), StringComparer.Ordinal);
        KnownModifiers = new HashSet<string>(options.KnownModifiers.Where(m => m is not null).Select(m => m.Trim().ToUpperInvariant()), StringComparer.Ordinal);
        AddOnPrimaries = options.AddOnPrimaryCodes.ToDictionary(p => ProcedureCodes.Normalize(p.Key), p => (IReadOnlySet<string>)new HashSet<string>((p.Value ?? []).Select(ProcedureCodes.Normalize), StringComparer.Ordinal), StringComparer.Ordinal);
        FirstListed = facts.Case.Diagnoses.FirstOrDefault(d => d?.Primary == true) ?? facts.Case.Diagnoses.FirstOrDefault(d => d is not null);
    }

    /// <summary>Cosmetic-purpose codes (no dot), from <see cref="ValidationOptions.CosmeticPurposeCodes"/>.</summary>
    public IReadOnlySet<string> CosmeticPurposeCodes { get; }

    /// <summary>Modifiers accepted without a warning (upper case).</summary>
    public IReadOnlySet<string> KnownModifiers { get; }

    /// <summary>Add-on code to its primary codes (normalized).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> AddOnPrimaries { get; }

    /// <summary>The first-listed diagnosis: the one marked primary, else the first entry; null when there is none.</summary>
    public Diagnosis? FirstListed { get; }

    /// <summary>Whether a finding is reported: errors always, warnings unless listed in <see cref="ValidationOptions.SuppressedWarnings"/>.</summary>
    public bool Reports(FindingDefinition finding) => finding.Severity == FindingSeverity.Error || !Options.SuppressedWarnings.Contains(finding.Code);

    public CaseFacts Facts { get; }

    public PreAuthCase Case { get; }

    public DateOnly Today { get; }

    public ValidationOptions Options { get; }

    /// <summary>The date of service (<see cref="CaseFacts.DateOfService"/>): picks the ICD-10-CM fiscal year.</summary>
    public DateOnly DateOfService { get; }

    public int FiscalYear { get; }

    public Icd10CmCodeSet CodeSet { get; }

    public IReadOnlyList<string> CosmeticPrefixes { get; }

    public IReadOnlySet<string> UnlistedCodes { get; }

    /// <summary>The scope of the run a validation context belongs to.</summary>
    public static ValidationScope From<T>(ValidationContext<T> context)
        => (ValidationScope)context.RootContextData[ContextKey];

    /// <summary>The code-table verdict for a diagnosis code, computed once per code per run.</summary>
    public Icd10CmCheck Check(string? code)
    {
        var key = code ?? "";
        if (!_diagnosisChecks.TryGetValue(key, out var check))
        {
            check = CodeSet.Check(key);
            _diagnosisChecks[key] = check;
        }

        return check;
    }
}

using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;

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
    }

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

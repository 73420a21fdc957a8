using System.Globalization;
using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>
/// One diagnosis: ICD-10-CM format, the code table of the fiscal year of the date of service, and
/// the sequencing and code-use conventions of the ICD-10-CM Official Guidelines for Coding and
/// Reporting FY2026 (<see cref="Icd10CmConventions"/>; each rule names its guideline).
/// </summary>
internal sealed class DiagnosisValidator : AbstractValidator<Diagnosis>
{
    public DiagnosisValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.Diagnoses;
        var fy = string.Create(CultureInfo.InvariantCulture, $"FY{scope.CodeSet.FiscalYear}");
        RuleFor(d => d.Code).NotEmpty()
            .Finding("PAK-DX-002", S, "Diagnosis code is missing: enter an ICD-10-CM code such as L90.5.");
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.InvalidFormat).When(d => !string.IsNullOrWhiteSpace(d.Code))
            .Finding("PAK-DX-003", S, "Diagnosis code is not an ICD-10-CM code: it is a letter, a digit, a letter or digit, then optionally a dot and up to four letters or digits (e.g. L90.5, T22.312S).");
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.WhoOnly)
            .Finding("PAK-DX-004", S, (_, c) => $"{scope.Check(c).Code} exists in the WHO ICD-10 but not in ICD-10-CM, which US payers use: code the sequela with the injury or burn code and the 7th character S (e.g. L90.5 with T22.312S).");
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.Header)
            .Finding("PAK-DX-005", S, (_, c) => HeaderMessage(scope.Check(c)));
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.SeventhCharacterMissing)
            .Finding("PAK-DX-006", S, (_, c) => SeventhCharacterMessage(scope.Check(c)));
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.Unknown)
            .Finding("PAK-DX-007", S, (_, c) => $"{scope.Check(c).Code} is not in the ICD-10-CM {fy} code set used for this date of service: check the code in the current ICD-10-CM tabular list.");

        // Guidelines I.A.4: where a placeholder exists, the X must be used for the code to be valid.
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.PlaceholderMissing)
            .Finding("PAK-DX-019", S, (_, c) => $"{scope.Check(c).Code} is missing the placeholder X before its 7th character: use {scope.Check(c).Suggestions[0]} (ICD-10-CM guideline I.A.4).");

        SequencingRules(scope);
        ContextRules(scope);
    }

    /// <summary>Rules about the first-listed diagnosis (the one marked primary, else the first).</summary>
    private void SequencingRules(ValidationScope scope)
    {
        const string S = ChecklistSection.Diagnoses;
        bool FirstListed(Diagnosis d) => ReferenceEquals(d, scope.FirstListed) && scope.Check(d.Code).Status == Icd10CmStatus.Billable;

        // Guidelines I.C.20.a.6: an external cause code can never be a principal (first-listed) diagnosis.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsExternalCause(c)).When(FirstListed)
            .Finding("PAK-DX-014", S, (_, c) => $"{Dotted(c)} is an external-cause code (V00-Y99), which is never first-listed (ICD-10-CM guideline I.C.20.a.6): list the injury or its residual condition first (e.g. L90.5, then the burn code) and the external-cause code after it.");

        // Guidelines I.A.13: "in diseases classified elsewhere" codes are never first-listed.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsManifestation(scope.CodeSet.Describe(c))).When(FirstListed)
            .Finding("PAK-DX-015", S, (_, c) => $"{Dotted(c)} is a manifestation code (\"in diseases classified elsewhere\"), which is never first-listed (ICD-10-CM guideline I.A.13): list the underlying disease first and this code after it.");

        // Guidelines I.B.10, I.C.19.a: the residual condition first, the sequela (7th character S) code after it.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsSequela(c)).When(d => FirstListed(d) && scope.Reports("PAK-DX-016"))
            .Finding("PAK-DX-016", S, (_, c) => $"{Dotted(c)} is a sequela code (7th character S), which follows the residual condition it caused (ICD-10-CM guidelines I.B.10, I.C.19.a): list the scar or other residual first (e.g. L90.5 or L91.0) and mark it primary.", Severity.Warning);

        // Guidelines I.C.21.c.4: history codes describe a condition that no longer exists and is not being treated.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsPersonalHistoryOfMalignancy(c)).When(d => FirstListed(d) && scope.Reports("PAK-DX-021"))
            .Finding("PAK-DX-021", S, (_, c) => $"{Dotted(c)} (personal history of malignant neoplasm) is first-listed for a procedure: a history code describes a condition no longer treated (ICD-10-CM guideline I.C.21.c.4); list the condition the service treats first (e.g. the scar after excision, L90.5).", Severity.Warning);
    }

    /// <summary>Rules that read the rest of the case: a scar treated long after the injury, burn extent, cosmetic purpose, acne keloid.</summary>
    private void ContextRules(ValidationScope scope)
    {
        const string S = ChecklistSection.Diagnoses;
        var @case = scope.Case;
        bool Billable(Diagnosis d) => scope.Check(d.Code).Status == Icd10CmStatus.Billable;

        // Guidelines I.C.19.a: 7th character A is for active treatment; late effects take S.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsInitialEncounter(c))
            .When(d => Billable(d) && scope.Reports("PAK-DX-017") && IsScarCase(@case) && InjuryIsOld(@case, scope))
            .Finding("PAK-DX-017", S, (_, c) => $"{Dotted(c)} is coded as an initial encounter (7th character A), but the service treats a scar months or years after the injury: code the late effect with the 7th character S ({SequelaOf(c, scope)}), after the scar code (ICD-10-CM guidelines I.B.10, I.C.19.a).", Severity.Warning);

        // Guidelines I.C.19.d.6-7: T31/T32 give the extent of an acute burn; sequelae use the site's burn code with S.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsBurnExtent(c))
            .When(d => Billable(d) && scope.Reports("PAK-DX-018") && (IsScarCase(@case) || @case.Diagnoses.Any(x => x is not null && Icd10CmConventions.IsBurnBySite(x.Code) && Icd10CmConventions.IsSequela(x.Code))))
            .Finding("PAK-DX-018", S, (_, c) => $"{Dotted(c)} (extent of body surface burned) is not used for the sequelae of a burn (ICD-10-CM guidelines I.C.19.d.6-7): code the scar (L90.5 or L91.0) and the site's burn code with the 7th character S instead.", Severity.Warning);

        // Category Z41: encounter for procedures for purposes other than remedying health state.
        RuleFor(d => d.Code).Must(c => !scope.CosmeticPurposeCodes.Contains(Icd10CmFormat.Normalize(c)))
            .When(d => !string.IsNullOrWhiteSpace(d.Code) && scope.Reports("PAK-DX-020"))
            .Finding("PAK-DX-020", S, (_, c) => $"{Dotted(c)} says the service is cosmetic or not for a health problem (ICD-10-CM category Z41): payers deny such requests as cosmetic. Code the condition that makes the service medically necessary instead.", Severity.Warning);

        // L73.0 is "Acne keloid" (folliculitis keloidalis), not acne scarring.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsAcneKeloid(c))
            .When(d => scope.Reports("PAK-DX-022") && SpeaksOfAcneScars(@case, d))
            .Finding("PAK-DX-022", S, "L73.0 is acne keloid (folliculitis keloidalis), not acne scarring, which the record describes: code acne scars as L90.5 (scar conditions and fibrosis of skin), with L70.x only while acne is active.", Severity.Warning);
    }

    /// <summary>A scar is treated: a scar code (L90.5, L91.0) is listed, or the condition speaks of a scar or contracture.</summary>
    internal static bool IsScarCase(PreAuthCase @case)
        => @case.Diagnoses.Any(d => d is not null && Icd10CmFormat.Normalize(d.Code) is "L905" or "L910")
            || (@case.History.Condition ?? "").Contains("scar", StringComparison.OrdinalIgnoreCase)
            || (@case.History.Condition ?? "").Contains("contracture", StringComparison.OrdinalIgnoreCase);

    private static bool InjuryIsOld(PreAuthCase @case, ValidationScope scope)
        => @case.History.Onset is not { } onset || scope.DateOfService.DayNumber - onset.DayNumber >= scope.Options.SequelaAfterDays;

    private static bool SpeaksOfAcneScars(PreAuthCase @case, Diagnosis diagnosis)
        => Icd10CmConventions.MentionsAcneScars(diagnosis.Description)
            || Icd10CmConventions.MentionsAcneScars(@case.History.Condition)
            || Icd10CmConventions.MentionsAcneScars(@case.Assessment.MedicalNecessity)
            || @case.Procedures.Any(p => p is not null && Icd10CmConventions.MentionsAcneScars(p.Description));

    /// <summary>The same code with the 7th character S when that is billable, else a general hint.</summary>
    private static string SequelaOf(string code, ValidationScope scope)
    {
        var key = Icd10CmFormat.Normalize(code);
        var sequela = key[..6] + "S";
        return scope.CodeSet.IsBillable(sequela) ? Icd10CmFormat.Dotted(sequela) : "the same code ending in S";
    }

    private static string Dotted(string code) => Icd10CmFormat.Dotted(code);

    private static string HeaderMessage(Icd10CmCheck check)
    {
        if (check.SuggestionCount <= check.Suggestions.Count)
        {
            var range = check.SuggestionCount == 1 ? check.Suggestions[0] : $"{check.Suggestions[0]}-{check.Suggestions[^1]}";
            return $"{check.Code} is a category header and not billable; use one of {range} ({string.Join(", ", check.Suggestions)}), the most specific code that fits.";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{check.Code} is a category header and not billable; use one of its {check.SuggestionCount} billable codes, the most specific that fits (first: {string.Join(", ", check.Suggestions.Take(6))}, ...).");
    }

    private static string SeventhCharacterMessage(Icd10CmCheck check)
        => $"{check.Code} is incomplete: this code needs a 7th character (A initial encounter, D subsequent, S sequela; pad with X placeholders where needed). Valid codes include {string.Join(", ", check.Suggestions.Take(6))}.";
}

using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using G = PreAuthKit.Validation.Findings.FindingCatalog.DiagnosisCoding;

namespace PreAuthKit.Validation;

/// <summary>
/// The ICD-10-CM coding conventions a certified coder applies to one diagnosis, from the Official
/// Guidelines for Coding and Reporting FY2026 (<see cref="Icd10CmConventions"/>; each rule names its
/// guideline, and its catalog entry in <c>FindingCatalog.Coding.cs</c> cites it). Stateless: the
/// run's case, code table and options come from the <see cref="ValidationScope"/> in the context.
/// </summary>
internal sealed class DiagnosisCodingValidator : AbstractValidator<Diagnosis>
{
    public DiagnosisCodingValidator()
    {
        // Guidelines I.A.4: where a placeholder exists, the X must be used for the code to be valid.
        RuleFor(d => d.Code).Unless((s, _, c) => s.Check(c) is { Status: Icd10CmStatus.PlaceholderMissing } k ? [k.Code, k.Suggestions[0]] : null)
            .FindingWithHoles(G.PlaceholderMissing);

        // Guidelines I.C.20.a.6: an external cause code can never be a principal (first-listed) diagnosis.
        RuleFor(d => d.Code).Unless((s, d, c) => FirstListed(s, d) && Icd10CmConventions.IsExternalCause(c) ? [Icd10CmFormat.Dotted(c)] : null)
            .FindingWithHoles(G.ExternalCauseFirst);

        // Guidelines I.A.13: "in diseases classified elsewhere" codes are never first-listed.
        RuleFor(d => d.Code).Unless((s, d, c) => FirstListed(s, d) && Icd10CmConventions.IsManifestation(s.CodeSet.Describe(c)) ? [Icd10CmFormat.Dotted(c)] : null)
            .FindingWithHoles(G.ManifestationFirst);

        // Guidelines I.B.10, I.C.19.a: the residual condition first, the sequela (7th character S) code after it.
        RuleFor(d => d.Code).Unless((s, d, c) => FirstListed(s, d) && Icd10CmConventions.IsSequela(c) ? [Icd10CmFormat.Dotted(c)] : null)
            .WhenIn((_, s) => s.Reports(G.SequelaFirst))
            .FindingWithHoles(G.SequelaFirst);

        // Guidelines I.C.21.c.4: history codes describe a condition that no longer exists and is not being treated.
        RuleFor(d => d.Code).Unless((s, d, c) => FirstListed(s, d) && Icd10CmConventions.IsPersonalHistoryOfMalignancy(c) ? [Icd10CmFormat.Dotted(c)] : null)
            .WhenIn((_, s) => s.Reports(G.HistoryFirst))
            .FindingWithHoles(G.HistoryFirst);

        // Guidelines I.C.19.a: 7th character A is for active treatment; late effects take S.
        RuleFor(d => d.Code).Unless((s, d, c) => Billable(s, d) && Icd10CmConventions.IsInitialEncounter(c) && IsScarCase(s.Case) && InjuryIsOld(s)
                ? [Icd10CmFormat.Dotted(c), SequelaOf(c, s)] : null)
            .WhenIn((_, s) => s.Reports(G.InitialEncounterForOldScar))
            .FindingWithHoles(G.InitialEncounterForOldScar);

        // Guidelines I.C.19.d.6-7: T31/T32 give the extent of an acute burn; sequelae use the site's burn code with S.
        RuleFor(d => d.Code).Unless((s, d, c) => Billable(s, d) && Icd10CmConventions.IsBurnExtent(c) && (IsScarCase(s.Case) || HasBurnSequela(s.Case))
                ? [Icd10CmFormat.Dotted(c)] : null)
            .WhenIn((_, s) => s.Reports(G.BurnExtentWithSequela))
            .FindingWithHoles(G.BurnExtentWithSequela);

        // ICD-10-CM category Z41: encounter for procedures for purposes other than remedying health state.
        RuleFor(d => d.Code).Unless((s, _, c) => !string.IsNullOrWhiteSpace(c) && s.CosmeticPurposeCodes.Contains(Icd10CmFormat.Normalize(c)) ? [Icd10CmFormat.Dotted(c)] : null)
            .WhenIn((_, s) => s.Reports(G.CosmeticPurpose))
            .FindingWithHoles(G.CosmeticPurpose);

        // L73.0 is "Acne keloid" (folliculitis keloidalis), not acne scarring.
        RuleFor(d => d.Code).Unless((s, d, c) => Icd10CmConventions.IsAcneKeloid(c) && SpeaksOfAcneScars(s.Case, d) ? [] : null)
            .WhenIn((_, s) => s.Reports(G.AcneKeloidForAcneScars))
            .FindingWithHoles(G.AcneKeloidForAcneScars);
    }

    /// <summary>
    /// A scar is treated: a scar code (L90.5, L91.0) is listed, or the condition or a service
    /// description speaks of a scar or contracture (the late effects Guidelines I.C.19.d.7 names).
    /// </summary>
    internal static bool IsScarCase(PreAuthCase @case)
        => @case.Diagnoses.Any(d => d is not null && Icd10CmFormat.Normalize(d.Code) is "L905" or "L910")
            || SpeaksOfScar(@case.History.Condition)
            || @case.Procedures.Any(p => p is not null && SpeaksOfScar(p.Description));

    /// <summary>The first-listed diagnosis (primary, else the first) with a billable code.</summary>
    private static bool FirstListed(ValidationScope scope, Diagnosis diagnosis) => ReferenceEquals(diagnosis, scope.FirstListed) && Billable(scope, diagnosis);

    private static bool Billable(ValidationScope scope, Diagnosis diagnosis) => scope.Check(diagnosis.Code).Status == Icd10CmStatus.Billable;

    private static bool HasBurnSequela(PreAuthCase @case)
        => @case.Diagnoses.Any(x => x is not null && Icd10CmConventions.IsBurnBySite(x.Code) && Icd10CmConventions.IsSequela(x.Code));

    private static bool SpeaksOfScar(string? text)
        => text is not null && (text.Contains("scar", StringComparison.OrdinalIgnoreCase) || text.Contains("contracture", StringComparison.OrdinalIgnoreCase));

    /// <summary>The injury (<c>history.onset</c>) lies <see cref="ValidationOptions.SequelaAfterDays"/> or more before the date of service, or is not stated.</summary>
    private static bool InjuryIsOld(ValidationScope scope)
        => scope.Case.History.Onset is not { } onset || scope.DateOfService.DayNumber - onset.DayNumber >= scope.Options.SequelaAfterDays;

    private static bool SpeaksOfAcneScars(PreAuthCase @case, Diagnosis diagnosis)
        => Icd10CmConventions.MentionsAcneScars(diagnosis.Description)
            || Icd10CmConventions.MentionsAcneScars(@case.History.Condition)
            || Icd10CmConventions.MentionsAcneScars(@case.Assessment.MedicalNecessity)
            || @case.Procedures.Any(p => p is not null && Icd10CmConventions.MentionsAcneScars(p.Description));

    /// <summary>The same code with the 7th character S when that is billable, else a general hint.</summary>
    private static string SequelaOf(string code, ValidationScope scope)
    {
        var sequela = Icd10CmFormat.Normalize(code)[..6] + "S";
        return scope.CodeSet.IsBillable(sequela) ? Icd10CmFormat.Dotted(sequela) : "the same code ending in S";
    }
}

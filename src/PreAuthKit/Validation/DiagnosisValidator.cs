using System.Globalization;
using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Diagnosis;
using G = PreAuthKit.Validation.Findings.FindingCatalog.DiagnosisCoding;

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
        RuleFor(d => d.Code).NotEmpty()
            .Finding(F.CodeMissing);
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.InvalidFormat).When(d => !string.IsNullOrWhiteSpace(d.Code))
            .Finding(F.BadFormat);
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.WhoOnly)
            .Finding(F.WhoOnly, (_, c) => F.WhoOnly.Format(scope.Check(c).Code));
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.Header)
            .Finding(F.Header, (_, c) => HeaderMessage(scope.Check(c)));
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.SeventhCharacterMissing)
            .Finding(F.SeventhCharacter, (_, c) => SeventhCharacterMessage(scope.Check(c)));
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.Unknown)
            .Finding(F.Unknown, (_, c) => F.Unknown.Format(scope.Check(c).Code, scope.CodeSet.FiscalYear));

        // Guidelines I.A.4: where a placeholder exists, the X must be used for the code to be valid.
        RuleFor(d => d.Code).Must(c => scope.Check(c).Status != Icd10CmStatus.PlaceholderMissing)
            .Finding(G.PlaceholderMissing, (_, c) => G.PlaceholderMissing.Format(scope.Check(c).Code, scope.Check(c).Suggestions[0]));

        SequencingRules(scope);
        ContextRules(scope);
    }

    /// <summary>Rules about the first-listed diagnosis (the one marked primary, else the first).</summary>
    private void SequencingRules(ValidationScope scope)
    {
        bool FirstListed(Diagnosis d) => ReferenceEquals(d, scope.FirstListed) && scope.Check(d.Code).Status == Icd10CmStatus.Billable;

        // Guidelines I.C.20.a.6: an external cause code can never be a principal (first-listed) diagnosis.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsExternalCause(c)).When(FirstListed)
            .Finding(G.ExternalCauseFirst, (_, c) => G.ExternalCauseFirst.Format(Icd10CmFormat.Dotted(c)));

        // Guidelines I.A.13: "in diseases classified elsewhere" codes are never first-listed.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsManifestation(scope.CodeSet.Describe(c))).When(FirstListed)
            .Finding(G.ManifestationFirst, (_, c) => G.ManifestationFirst.Format(Icd10CmFormat.Dotted(c)));

        // Guidelines I.B.10, I.C.19.a: the residual condition first, the sequela (7th character S) code after it.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsSequela(c)).When(d => FirstListed(d) && scope.Reports(G.SequelaFirst))
            .Finding(G.SequelaFirst, (_, c) => G.SequelaFirst.Format(Icd10CmFormat.Dotted(c)));

        // Guidelines I.C.21.c.4: history codes describe a condition that no longer exists and is not being treated.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsPersonalHistoryOfMalignancy(c)).When(d => FirstListed(d) && scope.Reports(G.HistoryFirst))
            .Finding(G.HistoryFirst, (_, c) => G.HistoryFirst.Format(Icd10CmFormat.Dotted(c)));
    }

    /// <summary>Rules that read the rest of the case: a scar treated long after the injury, burn extent, cosmetic purpose, acne keloid.</summary>
    private void ContextRules(ValidationScope scope)
    {
        var @case = scope.Case;
        bool Billable(Diagnosis d) => scope.Check(d.Code).Status == Icd10CmStatus.Billable;

        // Guidelines I.C.19.a: 7th character A is for active treatment; late effects take S.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsInitialEncounter(c))
            .When(d => Billable(d) && scope.Reports(G.InitialEncounterForOldScar) && IsScarCase(@case) && InjuryIsOld(@case, scope))
            .Finding(G.InitialEncounterForOldScar, (_, c) => G.InitialEncounterForOldScar.Format(Icd10CmFormat.Dotted(c), SequelaOf(c, scope)));

        // Guidelines I.C.19.d.6-7: T31/T32 give the extent of an acute burn; sequelae use the site's burn code with S.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsBurnExtent(c))
            .When(d => Billable(d) && scope.Reports(G.BurnExtentWithSequela) && (IsScarCase(@case) || @case.Diagnoses.Any(x => x is not null && Icd10CmConventions.IsBurnBySite(x.Code) && Icd10CmConventions.IsSequela(x.Code))))
            .Finding(G.BurnExtentWithSequela, (_, c) => G.BurnExtentWithSequela.Format(Icd10CmFormat.Dotted(c)));

        // Category Z41: encounter for procedures for purposes other than remedying health state.
        RuleFor(d => d.Code).Must(c => !scope.CosmeticPurposeCodes.Contains(Icd10CmFormat.Normalize(c)))
            .When(d => !string.IsNullOrWhiteSpace(d.Code) && scope.Reports(G.CosmeticPurpose))
            .Finding(G.CosmeticPurpose, (_, c) => G.CosmeticPurpose.Format(Icd10CmFormat.Dotted(c)));

        // L73.0 is "Acne keloid" (folliculitis keloidalis), not acne scarring.
        RuleFor(d => d.Code).Must(c => !Icd10CmConventions.IsAcneKeloid(c))
            .When(d => scope.Reports(G.AcneKeloidForAcneScars) && SpeaksOfAcneScars(@case, d))
            .Finding(G.AcneKeloidForAcneScars);
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
        var sequela = Icd10CmFormat.Normalize(code)[..6] + "S";
        return scope.CodeSet.IsBillable(sequela) ? Icd10CmFormat.Dotted(sequela) : "the same code ending in S";
    }

    private static string HeaderMessage(Icd10CmCheck check)
    {
        if (check.SuggestionCount <= check.Suggestions.Count)
        {
            var range = check.SuggestionCount == 1 ? check.Suggestions[0] : $"{check.Suggestions[0]}-{check.Suggestions[^1]}";
            return F.Header.Format(check.Code, $"use one of {range} ({string.Join(", ", check.Suggestions)}), the most specific code that fits.");
        }

        return F.Header.Format(check.Code, string.Create(CultureInfo.InvariantCulture,
            $"use one of its {check.SuggestionCount} billable codes, the most specific that fits (first: {string.Join(", ", check.Suggestions.Take(6))}, ...)."));
    }

    private static string SeventhCharacterMessage(Icd10CmCheck check)
        => F.SeventhCharacter.Format(check.Code, string.Join(", ", check.Suggestions.Take(6)));
}

using System.Globalization;
using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>One diagnosis: ICD-10-CM format, and the code table of the fiscal year of the date of service.</summary>
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
    }

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

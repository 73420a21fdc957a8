using System.Globalization;
using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Diagnosis;

namespace PreAuthKit.Validation;

/// <summary>One diagnosis: ICD-10-CM format, and the code table of the fiscal year of the date of service.</summary>
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

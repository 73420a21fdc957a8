using System.Globalization;
using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using PreAuthKit.Validation.Properties;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Diagnosis;

namespace PreAuthKit.Validation;

/// <summary>One diagnosis: ICD-10-CM format, and the code table of the fiscal year of the date of service.</summary>
internal sealed class DiagnosisValidator : AbstractValidator<Diagnosis>
{
    public DiagnosisValidator()
    {
        RuleFor(d => d.Code).NotEmpty()
            .Finding(F.CodeMissing);
        RuleFor(d => d.Code).SetValidator(new Icd10CmValidator<Diagnosis>(Icd10CmStatus.InvalidFormat, (_, _) => F.BadFormat.Template)).When(d => !string.IsNullOrWhiteSpace(d.Code))
            .Code(F.BadFormat);
        RuleFor(d => d.Code).SetValidator(new Icd10CmValidator<Diagnosis>(Icd10CmStatus.WhoOnly, (check, _) => F.WhoOnly.Format(check.Code)))
            .Code(F.WhoOnly);
        RuleFor(d => d.Code).SetValidator(new Icd10CmValidator<Diagnosis>(Icd10CmStatus.Header, (check, _) => HeaderMessage(check)))
            .Code(F.Header);
        RuleFor(d => d.Code).SetValidator(new Icd10CmValidator<Diagnosis>(Icd10CmStatus.SeventhCharacterMissing, (check, _) => SeventhCharacterMessage(check)))
            .Code(F.SeventhCharacter);
        RuleFor(d => d.Code).SetValidator(new Icd10CmValidator<Diagnosis>(Icd10CmStatus.Unknown, (check, scope) => F.Unknown.Format(check.Code, scope.CodeSet.FiscalYear)))
            .Code(F.Unknown);

        // Sequencing and code-use conventions of the ICD-10-CM Official Guidelines (issue 14).
        Include(new DiagnosisCodingValidator());
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

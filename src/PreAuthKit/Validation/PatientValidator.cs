using FluentValidation;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>Patient: names, date of birth, member ID, phone.</summary>
internal sealed class PatientValidator : AbstractValidator<Patient>
{
    public const int MaxAgeYears = 130;

    public PatientValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.Patient;
        RuleFor(p => p.FirstName).NotEmpty()
            .Finding("PAK-PAT-001", S, "Patient first name is missing: enter it as printed on the insurance card.");
        RuleFor(p => p.LastName).NotEmpty()
            .Finding("PAK-PAT-002", S, "Patient last name is missing: enter it as printed on the insurance card.");
        RuleFor(p => p.DateOfBirth).NotEqual(default(DateOnly))
            .Finding("PAK-PAT-003", S, "Patient date of birth is missing: enter it as YYYY-MM-DD.");
        RuleFor(p => p.DateOfBirth).Must(d => d <= scope.Today).When(p => p.DateOfBirth != default)
            .Finding("PAK-PAT-004", S, "Patient date of birth is in the future: check the year and enter it as YYYY-MM-DD.");
        RuleFor(p => p.DateOfBirth).Must(d => d.AddYears(MaxAgeYears) >= scope.Today).When(p => p.DateOfBirth != default && p.DateOfBirth <= scope.Today)
            .Finding("PAK-PAT-005", S, $"Patient date of birth makes the patient older than {MaxAgeYears}: check the year.");
        RuleFor(p => p.MemberId).NotEmpty()
            .Finding("PAK-PAT-006", S, "Member ID is missing: copy it from the patient's insurance card.");
        RuleFor(p => p.MemberId).Must(IsPrintable).When(p => !string.IsNullOrWhiteSpace(p.MemberId))
            .Finding("PAK-PAT-007", S, "Member ID contains characters that cannot be printed or typed (control characters, non-ASCII letters or leading/trailing spaces): retype it from the card.");
        RuleFor(p => p.Phone).NanpPhoneWithExtension("PAK-PAT-008", S, "Patient phone");
    }

    /// <summary>Printable ASCII only, no leading or trailing whitespace.</summary>
    internal static bool IsPrintable(string value)
        => value.Trim().Length == value.Length && value.All(c => c is >= ' ' and <= '~');
}

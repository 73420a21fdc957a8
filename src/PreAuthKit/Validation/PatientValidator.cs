using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Patient;

namespace PreAuthKit.Validation;

/// <summary>Patient: names, date of birth, member ID, phone.</summary>
internal sealed class PatientValidator : AbstractValidator<Patient>
{
    public const int MaxAgeYears = 130;

    public PatientValidator()
    {
        RuleFor(p => p.FirstName).NotEmpty()
            .Finding(F.FirstNameMissing);
        RuleFor(p => p.LastName).NotEmpty()
            .Finding(F.LastNameMissing);
        RuleFor(p => p.DateOfBirth).NotEqual(default(DateOnly))
            .Finding(F.DateOfBirthMissing);
        RuleFor(p => p.DateOfBirth).MustIn((_, d, scope) => d <= scope.Today).When(p => p.DateOfBirth != default)
            .Finding(F.DateOfBirthInFuture);
        RuleFor(p => p.DateOfBirth).MustIn((_, d, scope) => d.AddYears(MaxAgeYears) >= scope.Today).WhenIn((p, scope) => p.DateOfBirth != default && p.DateOfBirth <= scope.Today)
            .Finding(F.TooOld, MaxAgeYears);
        RuleFor(p => p.MemberId).NotEmpty()
            .Finding(F.MemberIdMissing);
        RuleFor(p => p.MemberId).Must(IsPrintable).When(p => !string.IsNullOrWhiteSpace(p.MemberId))
            .Finding(F.MemberIdNotPrintable);
        RuleFor(p => p.Phone).NanpPhoneWithExtension(F.Phone, "Patient phone");
    }

    /// <summary>Printable ASCII only, no leading or trailing whitespace.</summary>
    internal static bool IsPrintable(string value)
        => value.Trim().Length == value.Length && value.All(c => c is >= ' ' and <= '~');
}

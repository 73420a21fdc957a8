using FluentValidation;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Photo;

namespace PreAuthKit.Validation;

/// <summary>
/// One photograph's record: dated sensibly and labelled. Its file (path, size, format, pixels,
/// structure) is checked by the photo intake (<c>Photos/PhotoIntake</c>), the same for validation and rendering.
/// </summary>
internal sealed class PhotoRecordValidator : AbstractValidator<PhotoRecord>
{
    public PhotoRecordValidator()
    {
        RuleFor(p => p.TakenOn).MustIn((_, d, scope) => d <= scope.Case.SubmittedOn).WhenIn((p, scope) => p.TakenOn is not null && scope.Case.SubmittedOn != default)
            .Finding(F.AfterSubmission);
        RuleFor(p => p.TakenOn).MustIn((_, d, scope) => d >= scope.Case.Patient.DateOfBirth).WhenIn((p, scope) => p.TakenOn is not null && scope.Case.Patient.DateOfBirth != default)
            .Finding(F.BeforeBirth);
        RuleFor(p => p.BodySite).NotEmpty()
            .Finding(F.BodySiteMissing);
        RuleFor(p => p.ConsentOnFile).Equal(true)
            .Finding(F.ConsentMissing);
    }
}

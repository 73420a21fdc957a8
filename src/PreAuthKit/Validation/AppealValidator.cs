using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Appeal;

namespace PreAuthKit.Validation;

/// <summary>The appeal: denial date and code, external review prerequisites; the filing rules are in <see cref="AppealFilingValidator"/>.</summary>
internal sealed class AppealValidator : AbstractValidator<Appeal>
{
    public AppealValidator(ValidationScope scope)
    {
        var @case = scope.Case;
        var filedOn = scope.Facts.FiledOn;

        RuleFor(a => a.DenialDate).Must(d => d <= scope.Today).When(a => a.DenialDate != default)
            .Finding(F.DenialDateInFuture);
        RuleFor(a => a.DenialDate).Must(d => d <= filedOn).When(a => a.DenialDate != default && a.DenialDate <= scope.Today)
            .Finding(F.DenialAfterSubmission);
        RuleFor(a => a.FinalInternalDenialDate).NotNull().When(a => a.Level == AppealLevel.ExternalReview)
            .Finding(F.FinalDenialMissing);
        RuleFor(a => a.FinalInternalDenialDate).Must((a, d) => d >= a.DenialDate && d <= filedOn)
            .When(a => a.Level == AppealLevel.ExternalReview && a.FinalInternalDenialDate is not null && a.DenialDate != default)
            .Finding(F.FinalDenialOutOfRange);
        RuleFor(a => a.DenialCode).Must(c => DenialCodes.TryParse(c, out var code) && code.Description is not null).When(a => !string.IsNullOrWhiteSpace(a.DenialCode))
            .Finding(F.DenialCodeUnknown);
        RuleFor(a => a.Level).Must(l => l != AppealLevel.MedicareRedetermination || @case.Payer.PlanType == PlanType.Medicare)
            .Finding(F.RedeterminationNotMedicare);

        // Deadlines, receipt, good cause, second level, Medicare routes, expedited review (issue 14).
        Include(new AppealFilingValidator());
    }
}

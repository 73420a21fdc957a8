using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Appeal;

namespace PreAuthKit.Validation;

/// <summary>The appeal: denial date and code, external review prerequisites; the filing rules are in <see cref="AppealFilingValidator"/>.</summary>
internal sealed class AppealValidator : AbstractValidator<Appeal>
{
    public AppealValidator()
    {
        // Per-run facts (today, the filing date) come from the run's scope; the deadline rules are in AppealFilingValidator.
        RuleFor(a => a.DenialDate).MustIn((_, d, scope) => d <= scope.Today).When(a => a.DenialDate != default)
            .Finding(F.DenialDateInFuture);
        RuleFor(a => a.DenialDate).MustIn((_, d, scope) => d <= scope.Facts.FiledOn).WhenIn((a, scope) => a.DenialDate != default && a.DenialDate <= scope.Today)
            .Finding(F.DenialAfterSubmission);
        RuleFor(a => a.FinalInternalDenialDate).NotNull().When(a => a.Level == AppealLevel.ExternalReview)
            .Finding(F.FinalDenialMissing);
        RuleFor(a => a.FinalInternalDenialDate).MustIn((a, d, scope) => d >= a.DenialDate && d <= scope.Facts.FiledOn)
            .When(a => a.Level == AppealLevel.ExternalReview && a.FinalInternalDenialDate is not null && a.DenialDate != default)
            .Finding(F.FinalDenialOutOfRange);
        RuleFor(a => a.DenialCode).Must(c => DenialCodes.TryParse(c, out var code) && code.Description is not null).When(a => !string.IsNullOrWhiteSpace(a.DenialCode))
            .Finding(F.DenialCodeUnknown);
        RuleFor(a => a.Level).MustIn((_, l, scope) => l != AppealLevel.MedicareRedetermination || scope.Case.Payer.PlanType == PlanType.Medicare)
            .Finding(F.RedeterminationNotMedicare);

        // Deadlines, receipt, good cause, second level, Medicare routes, expedited review (issue 14).
        Include(new AppealFilingValidator());
    }
}

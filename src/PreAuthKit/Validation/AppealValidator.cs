using FluentValidation;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Appeal;

namespace PreAuthKit.Validation;

/// <summary>The appeal: denial date and code, claim number, the filing deadline, external review prerequisites.</summary>
internal sealed class AppealValidator : AbstractValidator<Appeal>
{
    public AppealValidator()
    {
        // Per-run facts (today, the filing date, the deadline computed once in CaseFacts) come from the run's scope.
        static bool HasDenialDate(Appeal a, ValidationScope scope) => a.DenialDate != default && a.DenialDate <= scope.Today && a.DenialDate <= scope.Facts.FiledOn;
        static bool DeadlineApplies(Appeal a, ValidationScope scope) => HasDenialDate(a, scope) && (a.Level != AppealLevel.ExternalReview || a.FinalInternalDenialDate is not null);

        RuleFor(a => a.DenialDate).MustIn((_, d, scope) => d <= scope.Today).When(a => a.DenialDate != default)
            .Finding(F.DenialDateInFuture);
        RuleFor(a => a.DenialDate).MustIn((_, d, scope) => d <= scope.Facts.FiledOn).WhenIn((a, scope) => a.DenialDate != default && a.DenialDate <= scope.Today)
            .Finding(F.DenialAfterSubmission);
        RuleFor(a => a.FinalInternalDenialDate).NotNull().When(a => a.Level == AppealLevel.ExternalReview)
            .Finding(F.FinalDenialMissing);
        RuleFor(a => a.FinalInternalDenialDate).MustIn((a, d, scope) => d >= a.DenialDate && d <= scope.Facts.FiledOn)
            .When(a => a.Level == AppealLevel.ExternalReview && a.FinalInternalDenialDate is not null && a.DenialDate != default)
            .Finding(F.FinalDenialOutOfRange);
        RuleFor(a => a.DenialDate).MustIn((_, _, scope) => scope.Facts.Deadline!.IsMet, F.DeadlinePassed, (_, _, scope) => PassedMessage(scope.Facts.Deadline!))
            .WhenIn(DeadlineApplies);
        RuleFor(a => a.DenialDate).MustIn(
                (_, _, scope) => !scope.Facts.Deadline!.IsMet || scope.Facts.Deadline.DaysRemaining > scope.Options.AppealDeadlines.WarningWindowDays,
                F.DeadlineClose,
                (_, _, scope) => CloseMessage(scope.Facts.Deadline!))
            .WhenIn(DeadlineApplies);
        RuleFor(a => a.DenialCode).Must(c => DenialCodes.TryParse(c, out var code) && code.Description is not null).When(a => !string.IsNullOrWhiteSpace(a.DenialCode))
            .Finding(F.DenialCodeUnknown);
        RuleFor(a => a.Level).MustIn((_, l, scope) => l != AppealLevel.MedicareRedetermination || scope.Case.Payer.PlanType == PlanType.Medicare)
            .Finding(F.RedeterminationNotMedicare);
    }

    private static string PassedMessage(AppealDeadline deadline) => F.DeadlinePassed.Format(-deadline.DaysRemaining, deadline.DueOn, deadline.Basis);

    private static string CloseMessage(AppealDeadline deadline) => F.DeadlineClose.Format(deadline.DaysRemaining, deadline.DueOn, deadline.Basis);
}

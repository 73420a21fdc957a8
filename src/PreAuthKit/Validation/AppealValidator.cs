using FluentValidation;
using PreAuthKit.Appeals;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Appeal;

namespace PreAuthKit.Validation;

/// <summary>The appeal: denial date and code, claim number, the filing deadline, external review prerequisites.</summary>
internal sealed class AppealValidator : AbstractValidator<Appeal>
{
    public AppealValidator(ValidationScope scope)
    {
        var @case = scope.Case;
        var filedOn = @case.SubmittedOn != default ? @case.SubmittedOn : scope.Today;
        var deadlines = scope.Options.AppealDeadlines ?? new AppealDeadlineOptions();
        AppealDeadline Deadline(Appeal a) => AppealDeadlineCalculator.Compute(a, @case.Payer.PlanType, @case.Patient.Address?.State, filedOn, deadlines);
        bool HasDenialDate(Appeal a) => a.DenialDate != default && a.DenialDate <= scope.Today && a.DenialDate <= filedOn;

        RuleFor(a => a.DenialDate).Must(d => d <= scope.Today).When(a => a.DenialDate != default)
            .Finding(F.DenialDateInFuture);
        RuleFor(a => a.DenialDate).Must(d => d <= filedOn).When(a => a.DenialDate != default && a.DenialDate <= scope.Today)
            .Finding(F.DenialAfterSubmission);
        RuleFor(a => a.FinalInternalDenialDate).NotNull().When(a => a.Level == AppealLevel.ExternalReview)
            .Finding(F.FinalDenialMissing);
        RuleFor(a => a.FinalInternalDenialDate).Must((a, d) => d >= a.DenialDate && d <= filedOn)
            .When(a => a.Level == AppealLevel.ExternalReview && a.FinalInternalDenialDate is not null && a.DenialDate != default)
            .Finding(F.FinalDenialOutOfRange);
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a).IsMet).When(a => HasDenialDate(a) && (a.Level != AppealLevel.ExternalReview || a.FinalInternalDenialDate is not null))
            .Finding(F.DeadlinePassed, (a, _) => PassedMessage(Deadline(a)));
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is var d && (!d.IsMet || d.DaysRemaining > deadlines.WarningWindowDays))
            .When(a => HasDenialDate(a) && (a.Level != AppealLevel.ExternalReview || a.FinalInternalDenialDate is not null))
            .Finding(F.DeadlineClose, (a, _) => CloseMessage(Deadline(a)));
        RuleFor(a => a.DenialCode).Must(c => DenialCodes.TryParse(c, out var code) && code.Description is not null).When(a => !string.IsNullOrWhiteSpace(a.DenialCode))
            .Finding(F.DenialCodeUnknown);
        RuleFor(a => a.Level).Must(l => l != AppealLevel.MedicareRedetermination || @case.Payer.PlanType == PlanType.Medicare)
            .Finding(F.RedeterminationNotMedicare);
    }

    private static string PassedMessage(AppealDeadline deadline) => F.DeadlinePassed.Format(-deadline.DaysRemaining, deadline.DueOn, deadline.Basis);

    private static string CloseMessage(AppealDeadline deadline) => F.DeadlineClose.Format(deadline.DaysRemaining, deadline.DueOn, deadline.Basis);
}

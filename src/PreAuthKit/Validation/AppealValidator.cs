using FluentValidation;
using PreAuthKit.Appeals;
using PreAuthKit.Codes;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Appeal;
using G = PreAuthKit.Validation.Findings.FindingCatalog.AppealFiling;

namespace PreAuthKit.Validation;

/// <summary>
/// The appeal: denial date and code, claim number, the filing deadline (from receipt where the rule
/// says so, with good cause for late filing), the route for the plan type (no state external review
/// for Medicare), second-level and external review prerequisites, expedited handling. Each rule
/// names its source in its catalog entry; <see cref="AppealDeadlineCalculator"/> lists the windows.
/// </summary>
internal sealed class AppealValidator : AbstractValidator<Appeal>
{
    public AppealValidator(ValidationScope scope)
    {
        var @case = scope.Case;
        var planType = @case.Payer.PlanType;
        var filedOn = @case.SubmittedOn != default ? @case.SubmittedOn : scope.Today;
        var deadlines = scope.Options.AppealDeadlines ?? new AppealDeadlineOptions();
        AppealDeadline? Deadline(Appeal a) => AppealDeadlineCalculator.TryCompute(a, planType, @case.Patient.Address?.State, filedOn, deadlines, out var d) ? d : null;
        bool HasDenialDate(Appeal a) => a.DenialDate != default && a.DenialDate <= scope.Today && a.DenialDate <= filedOn;
        bool Computable(Appeal a) => HasDenialDate(a) && (a.Level != AppealLevel.ExternalReview || a.FinalInternalDenialDate is not null);
        bool HasGoodCause(Appeal a) => !string.IsNullOrWhiteSpace(a.GoodCauseForLateFiling);

        RuleFor(a => a.DenialDate).Must(d => d <= scope.Today).When(a => a.DenialDate != default)
            .Finding(F.DenialDateInFuture);
        RuleFor(a => a.DenialDate).Must(d => d <= filedOn).When(a => a.DenialDate != default && a.DenialDate <= scope.Today)
            .Finding(F.DenialAfterSubmission);
        RuleFor(a => a.FinalInternalDenialDate).NotNull().When(a => a.Level == AppealLevel.ExternalReview)
            .Finding(F.FinalDenialMissing);
        RuleFor(a => a.FinalInternalDenialDate).Must((a, d) => d >= a.DenialDate && d <= filedOn)
            .When(a => a.Level == AppealLevel.ExternalReview && a.FinalInternalDenialDate is not null && a.DenialDate != default)
            .Finding(F.FinalDenialOutOfRange);

        // The deadline: not computable (blocking, never a crash), passed (blocking), passed with good cause (warning), close (warning).
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is not null).When(Computable)
            .Finding(G.DatesOutOfRange);
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is not { IsMet: false }).When(a => Computable(a) && !HasGoodCause(a))
            .Finding(F.DeadlinePassed, (a, _) => PassedMessage(Deadline(a)!));
        RuleFor(a => a.GoodCauseForLateFiling).Must((a, _) => Deadline(a) is not { IsMet: false }).When(a => Computable(a) && HasGoodCause(a) && scope.Reports(G.LateWithGoodCause))
            .Finding(G.LateWithGoodCause, (a, _) => Deadline(a)! is var d ? G.LateWithGoodCause.Format(-d.DaysRemaining, d.DueOn, d.Basis) : "");
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is not { IsMet: true } d || d.DaysRemaining > deadlines.WarningWindowDays).When(Computable)
            .Finding(F.DeadlineClose, (a, _) => CloseMessage(Deadline(a)!));

        // 42 CFR 405.942(a)(2): a Medicare request is filed when the contractor receives it.
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is not { FiledWhenReceived: true, IsMet: true } d || d.DaysRemaining >= deadlines.MedicareMailDays)
            .When(a => Computable(a) && scope.Reports(G.MedicareMayArriveLate))
            .Finding(G.MedicareMayArriveLate, (a, _) => Deadline(a)! is var d ? G.MedicareMayArriveLate.Format(d.DaysRemaining, d.DueOn) : "");

        // Receipt dates (29 CFR 2560.503-1(h)(3)(i), 42 CFR 405.942(a), 45 CFR 147.136(d)(2)(i)).
        RuleFor(a => a.ReceivedOn).Must((a, r) => r >= NoticeDate(a) && r <= filedOn).When(a => a.ReceivedOn is not null && NoticeDate(a) != default)
            .Finding(G.ReceivedOutOfRange);

        // A second-level internal appeal counts from the first-level decision.
        RuleFor(a => a.FirstLevelDecisionDate).NotNull().When(a => a.Level == AppealLevel.SecondInternal && scope.Reports(G.FirstLevelDecisionMissing))
            .Finding(G.FirstLevelDecisionMissing);
        RuleFor(a => a.FirstLevelDecisionDate).Must((a, d) => d >= a.DenialDate && d <= filedOn).When(a => a.FirstLevelDecisionDate is not null && a.DenialDate != default)
            .Finding(G.FirstLevelDecisionOutOfRange);

        RuleFor(a => a.DenialCode).Must(c => DenialCodes.TryParse(c, out var code) && code.Description is not null).When(a => !string.IsNullOrWhiteSpace(a.DenialCode))
            .Finding(F.DenialCodeUnknown);

        // Routes by plan type.
        RuleFor(a => a.Level).Must(l => l != AppealLevel.MedicareRedetermination || planType == PlanType.Medicare)
            .Finding(F.RedeterminationNotMedicare);
        RuleFor(a => a.Level).Must(l => l != AppealLevel.ExternalReview).When(_ => planType == PlanType.Medicare)
            .Finding(G.ExternalReviewOriginalMedicare);
        RuleFor(a => a.Level).Must(l => l != AppealLevel.ExternalReview).When(_ => planType == PlanType.MedicareAdvantage && scope.Reports(G.ExternalReviewMedicareAdvantage))
            .Finding(G.ExternalReviewMedicareAdvantage);
        RuleFor(a => a.Level).Must(l => l != AppealLevel.FirstInternal).When(_ => planType == PlanType.Medicare && scope.Reports(G.OriginalMedicareFirstLevel))
            .Finding(G.OriginalMedicareFirstLevel);

        // Expedited review needs a reason (29 CFR 2560.503-1(m)(1); 42 CFR 422.584; 45 CFR 147.136(d)(3)).
        RuleFor(a => a.UrgencyReason).NotEmpty().When(a => a.Expedited && string.IsNullOrWhiteSpace(@case.UrgencyReason) && scope.Reports(G.ExpeditedWithoutReason))
            .Finding(G.ExpeditedWithoutReason);
    }

    /// <summary>The date of the notice this appeal answers (the one <c>receivedOn</c> refers to).</summary>
    internal static DateOnly NoticeDate(Appeal appeal) => appeal.Level switch
    {
        AppealLevel.ExternalReview => appeal.FinalInternalDenialDate ?? appeal.DenialDate,
        AppealLevel.SecondInternal => appeal.FirstLevelDecisionDate ?? appeal.DenialDate,
        _ => appeal.DenialDate,
    };

    private static string PassedMessage(AppealDeadline deadline) => F.DeadlinePassed.Format(-deadline.DaysRemaining, deadline.DueOn, deadline.Basis);

    private static string CloseMessage(AppealDeadline deadline) => F.DeadlineClose.Format(deadline.DaysRemaining, deadline.DueOn, deadline.Basis);
}

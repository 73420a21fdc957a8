using System.Globalization;
using FluentValidation;
using PreAuthKit.Appeals;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Appeal;
using G = PreAuthKit.Validation.Findings.FindingCatalog.AppealFiling;

namespace PreAuthKit.Validation;

/// <summary>
/// The filing rules an appeals specialist applies: the deadline (from receipt where the rule says
/// so, never overflowing, good cause for late filing), Medicare's filed-on-receipt rule, the
/// second level counted from the first-level decision, the route for the plan type (no state
/// external review for Medicare), expedited handling with a reason. The windows and their sources
/// are listed on <see cref="AppealDeadlineCalculator"/>; each rule's catalog entry
/// (<c>FindingCatalog.Deadlines.cs</c>) cites its own. Stateless: the run's data come from the
/// <see cref="ValidationScope"/> in the context.
/// </summary>
internal sealed class AppealFilingValidator : AbstractValidator<Appeal>
{
    public AppealFilingValidator()
    {
        // The deadline: not computable (blocking, never a crash), passed (blocking), passed with good cause (warning), close (warning).
        RuleFor(a => a.DenialDate).Unless((s, a, _) => Deadline(s, a) is null ? [] : null)
            .FindingWithHoles(G.DatesOutOfRange);
        RuleFor(a => a.DenialDate).Unless((s, a, _) => !HasGoodCause(a) && Computable(s, a) && Deadline(s, a) is { IsMet: false } d ? Holes(d) : null)
            .FindingWithHoles(F.DeadlinePassed);
        RuleFor(a => a.GoodCauseForLateFiling).Unless((s, a, _) => HasGoodCause(a) && Computable(s, a) && Deadline(s, a) is { IsMet: false } d ? Holes(d) : null)
            .WhenIn((_, s) => s.Reports(G.LateWithGoodCause))
            .FindingWithHoles(G.LateWithGoodCause);
        RuleFor(a => a.DenialDate).Unless((s, a, _) => Computable(s, a) && Deadline(s, a) is { IsMet: true } d && d.DaysRemaining <= Options(s).WarningWindowDays
                ? [Count(d.DaysRemaining), Date(d.DueOn), BasisAndSource(d)] : null)
            .FindingWithHoles(F.DeadlineClose);

        // 42 CFR 405.942(a)(2): a Medicare request is filed when the contractor receives it.
        RuleFor(a => a.DenialDate).Unless((s, a, _) => Computable(s, a) && Deadline(s, a) is { FiledWhenReceived: true, IsMet: true } d && d.DaysRemaining < Options(s).MedicareMailDays
                ? [Count(d.DaysRemaining), Date(d.DueOn)] : null)
            .WhenIn((_, s) => s.Reports(G.MedicareMayArriveLate))
            .FindingWithHoles(G.MedicareMayArriveLate);

        // Receipt dates (29 CFR 2560.503-1(h)(3)(i), 42 CFR 405.942(a), 45 CFR 147.136(d)(2)(i)).
        RuleFor(a => a.ReceivedOn).Unless((s, a, r) => r is { } received && NoticeDate(a) != default && (received < NoticeDate(a) || received > FiledOn(s)) ? [] : null)
            .FindingWithHoles(G.ReceivedOutOfRange);

        // A second-level internal appeal counts from the first-level decision.
        RuleFor(a => a.FirstLevelDecisionDate).NotNull().WhenIn((a, s) => a.Level == AppealLevel.SecondInternal && s.Reports(G.FirstLevelDecisionMissing))
            .Finding(G.FirstLevelDecisionMissing);
        RuleFor(a => a.FirstLevelDecisionDate).Unless((s, a, d) => d is { } decided && a.DenialDate != default && (decided < a.DenialDate || decided > FiledOn(s)) ? [] : null)
            .FindingWithHoles(G.FirstLevelDecisionOutOfRange);

        // The date of service selects the code set (45 CFR 162.1000(a)) and precedes a claim denial.
        RuleFor(a => a.DateOfService).Must((a, d) => d <= a.DenialDate).When(a => a.DateOfService is not null && a.DenialDate != default)
            .Finding(G.ServiceAfterDenial);

        // Routes by plan type.
        RuleFor(a => a.Level).Unless((s, _, l) => l == AppealLevel.ExternalReview && PlanOf(s) == PlanType.Medicare ? [] : null)
            .FindingWithHoles(G.ExternalReviewOriginalMedicare);
        RuleFor(a => a.Level).Unless((s, _, l) => l == AppealLevel.ExternalReview && PlanOf(s) == PlanType.MedicareAdvantage ? [] : null)
            .WhenIn((_, s) => s.Reports(G.ExternalReviewMedicareAdvantage))
            .FindingWithHoles(G.ExternalReviewMedicareAdvantage);
        RuleFor(a => a.Level).Unless((s, _, l) => l == AppealLevel.FirstInternal && PlanOf(s) == PlanType.Medicare ? [] : null)
            .WhenIn((_, s) => s.Reports(G.OriginalMedicareFirstLevel))
            .FindingWithHoles(G.OriginalMedicareFirstLevel);

        // Expedited review needs a reason (29 CFR 2560.503-1(m)(1); 42 CFR 422.584; 45 CFR 147.136(d)(3)).
        RuleFor(a => a.UrgencyReason).NotEmpty().WhenIn((a, s) => a.Expedited && string.IsNullOrWhiteSpace(s.Case.UrgencyReason) && s.Reports(G.ExpeditedWithoutReason))
            .Finding(G.ExpeditedWithoutReason);
    }

    /// <summary>The date of the notice this appeal answers (the one <c>receivedOn</c> refers to).</summary>
    internal static DateOnly NoticeDate(Appeal appeal) => appeal.Level switch
    {
        AppealLevel.ExternalReview => appeal.FinalInternalDenialDate ?? appeal.DenialDate,
        AppealLevel.SecondInternal => appeal.FirstLevelDecisionDate ?? appeal.DenialDate,
        _ => appeal.DenialDate,
    };

    /// <summary>The submission date the deadline is measured against (<see cref="CaseFacts.FiledOn"/>).</summary>
    private static DateOnly FiledOn(ValidationScope scope) => scope.Facts.FiledOn;

    private static PlanType PlanOf(ValidationScope scope) => scope.Case.Payer.PlanType;

    private static AppealDeadlineOptions Options(ValidationScope scope) => scope.Options.AppealDeadlines ?? new AppealDeadlineOptions();

    /// <summary>The deadline rules apply once the denial date is usable and an external review names its final internal denial.</summary>
    private static bool Computable(ValidationScope scope, Appeal appeal)
        => appeal.DenialDate != default && appeal.DenialDate <= scope.Today && appeal.DenialDate <= FiledOn(scope)
            && (appeal.Level != AppealLevel.ExternalReview || appeal.FinalInternalDenialDate is not null);

    /// <summary>The deadline computed once per request (<see cref="CaseFacts.Deadline"/>), or null when the dates put it after 9999-12-31.</summary>
    private static AppealDeadline? Deadline(ValidationScope scope, Appeal appeal)
        => ReferenceEquals(appeal, scope.Case.Appeal) ? scope.Facts.Deadline
            : AppealDeadlineCalculator.TryCompute(appeal, PlanOf(scope), scope.Case.Patient.Address?.State, FiledOn(scope), Options(scope), out var deadline) ? deadline : null;

    private static bool HasGoodCause(Appeal appeal) => !string.IsNullOrWhiteSpace(appeal.GoodCauseForLateFiling);

    /// <summary>Days late, due date, basis: the holes of the passed-deadline messages.</summary>
    private static object?[] Holes(AppealDeadline deadline) => [Count(-deadline.DaysRemaining), Date(deadline.DueOn), BasisAndSource(deadline)];

    /// <summary>The rule in words and its citation, for messages.</summary>
    private static string BasisAndSource(AppealDeadline deadline) => deadline.Source.Length == 0 ? deadline.Basis : $"{deadline.Basis}; {deadline.Source}";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using FluentValidation;
using PreAuthKit.Appeals;
using PreAuthKit.Codes;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>
/// The appeal: denial date and code, claim number, the filing deadline (from receipt where the rule
/// says so, with good cause for late filing), the route for the plan type (no state external review
/// for Medicare), second-level and external review prerequisites, expedited handling. Each rule
/// names its source; <see cref="AppealDeadlineCalculator"/> lists the windows.
/// </summary>
internal sealed class AppealValidator : AbstractValidator<Appeal>
{
    public AppealValidator(ValidationScope scope)
    {
        const string S = ChecklistSection.Appeal;
        var @case = scope.Case;
        var planType = @case.Payer.PlanType;
        var filedOn = @case.SubmittedOn != default ? @case.SubmittedOn : scope.Today;
        var deadlines = scope.Options.AppealDeadlines ?? new AppealDeadlineOptions();
        AppealDeadline? Deadline(Appeal a) => AppealDeadlineCalculator.TryCompute(a, planType, @case.Patient.Address?.State, filedOn, deadlines, out var d) ? d : null;
        bool HasDenialDate(Appeal a) => a.DenialDate != default && a.DenialDate <= scope.Today && a.DenialDate <= filedOn;
        bool Computable(Appeal a) => HasDenialDate(a) && (a.Level != AppealLevel.ExternalReview || a.FinalInternalDenialDate is not null);

        RuleFor(a => a.ClaimNumber).NotEmpty()
            .Finding("PAK-APL-001", S, "Claim or reference number is missing: copy it from the denial notice.");
        RuleFor(a => a.DenialDate).NotEqual(default(DateOnly))
            .Finding("PAK-APL-002", S, "Denial date is missing: enter the date printed on the denial notice (YYYY-MM-DD).");
        RuleFor(a => a.DenialDate).Must(d => d <= scope.Today).When(a => a.DenialDate != default)
            .Finding("PAK-APL-003", S, "Denial date is in the future: check the date on the denial notice.");
        RuleFor(a => a.DenialDate).Must(d => d <= filedOn).When(a => a.DenialDate != default && a.DenialDate <= scope.Today)
            .Finding("PAK-APL-004", S, "Denial date is after the submission date: an appeal is filed after the denial; check both dates.");
        RuleFor(a => a.FinalInternalDenialDate).NotNull().When(a => a.Level == AppealLevel.ExternalReview)
            .Finding("PAK-APL-005", S, "External review needs a final internal denial: appeal internally first, then enter the date of the final internal denial (finalInternalDenialDate).");
        RuleFor(a => a.FinalInternalDenialDate).Must((a, d) => d >= a.DenialDate && d <= filedOn)
            .When(a => a.Level == AppealLevel.ExternalReview && a.FinalInternalDenialDate is not null && a.DenialDate != default)
            .Finding("PAK-APL-006", S, "Final internal denial date must fall between the first denial and the submission date: check the dates.");

        // The deadline: passed (blocking), passed with good cause (warning), close (warning), not computable (blocking).
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is not null).When(Computable)
            .Finding("PAK-APL-012", S, "The appeal's dates are out of range: the filing deadline would fall after 9999-12-31. Check denialDate, receivedOn, firstLevelDecisionDate and finalInternalDenialDate.");
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a)!.IsMet).When(a => Computable(a) && Deadline(a) is not null && string.IsNullOrWhiteSpace(a.GoodCauseForLateFiling))
            .Finding("PAK-APL-007", S, (a, _) => PassedMessage(Deadline(a)!));
        RuleFor(a => a.GoodCauseForLateFiling).Must((a, _) => Deadline(a)!.IsMet).When(a => Computable(a) && Deadline(a) is not null && !string.IsNullOrWhiteSpace(a.GoodCauseForLateFiling) && scope.Reports("PAK-APL-015"))
            .Finding("PAK-APL-015", S, (a, _) => GoodCauseMessage(Deadline(a)!), Severity.Warning);
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is not { } d || !d.IsMet || d.DaysRemaining > deadlines.WarningWindowDays).When(Computable)
            .Finding("PAK-APL-008", S, (a, _) => CloseMessage(Deadline(a)!), Severity.Warning);

        // 42 CFR 405.942(a)(2): a Medicare request is filed when the contractor receives it.
        RuleFor(a => a.DenialDate).Must((a, _) => Deadline(a) is not { FiledWhenReceived: true, IsMet: true } d || d.DaysRemaining >= deadlines.MedicareMailDays)
            .When(a => Computable(a) && scope.Reports("PAK-APL-014"))
            .Finding("PAK-APL-014", S, (a, _) => string.Create(CultureInfo.InvariantCulture,
                $"A Medicare appeal counts as filed when the contractor receives it, not when it is sent (42 CFR 405.942(a)(2)), and only {Deadline(a)!.DaysRemaining} day(s) remain (due {Deadline(a)!.DueOn:yyyy-MM-dd}): fax it or send it electronically, or by a carrier with proof of delivery."), Severity.Warning);

        // Receipt dates (29 CFR 2560.503-1(h)(3)(i), 42 CFR 405.942(a), 45 CFR 147.136(d)(2)(i)).
        RuleFor(a => a.ReceivedOn).Must((a, r) => r >= NoticeDate(a) && r <= filedOn).When(a => a.ReceivedOn is not null && NoticeDate(a) != default)
            .Finding("PAK-APL-013", S, "The date the notice was received (receivedOn) must fall between the notice's date and the submission date: check both dates.");

        // A second-level internal appeal counts from the first-level decision.
        RuleFor(a => a.FirstLevelDecisionDate).NotNull().When(a => a.Level == AppealLevel.SecondInternal && scope.Reports("PAK-APL-016"))
            .Finding("PAK-APL-016", S, "A second-level appeal counts its deadline from the first-level decision, which is not given: enter firstLevelDecisionDate (the deadline was counted from the original denial, the earlier date).", Severity.Warning);
        RuleFor(a => a.FirstLevelDecisionDate).Must((a, d) => d >= a.DenialDate && d <= filedOn).When(a => a.FirstLevelDecisionDate is not null && a.DenialDate != default)
            .Finding("PAK-APL-017", S, "The first-level decision date must fall between the original denial and the submission date: check the dates.");

        RuleFor(a => a.DenialCode).NotEmpty()
            .Finding("PAK-APL-009", S, "Denial code is missing: copy the group and reason code from the notice or remittance (e.g. CO-50).", Severity.Warning);
        RuleFor(a => a.DenialCode).Must(c => DenialCodes.TryParse(c, out var code) && code.Description is not null).When(a => !string.IsNullOrWhiteSpace(a.DenialCode))
            .Finding("PAK-APL-010", S, "Denial code is not one PreAuthKit knows (expected a group code CO, PR, OA, PI or CR and a reason such as 50, 96 or 197): check it against the notice; the letter will quote it as written.", Severity.Warning);

        // Routes by plan type.
        RuleFor(a => a.Level).Must(l => l != AppealLevel.MedicareRedetermination || planType == PlanType.Medicare)
            .Finding("PAK-APL-011", S, "Medicare redetermination applies to Original Medicare only: for this plan type choose first-internal, second-internal or external-review.", Severity.Warning);
        RuleFor(a => a.Level).Must(l => l != AppealLevel.ExternalReview).When(_ => planType == PlanType.Medicare)
            .Finding("PAK-APL-018", S, "Original Medicare has no external review under state or ACA rules: after a redetermination the next level is reconsideration by a Qualified Independent Contractor (QIC), requested within 180 days of receiving the redetermination (42 CFR 405.960-405.978). Choose second-internal for the QIC reconsideration.");
        RuleFor(a => a.Level).Must(l => l != AppealLevel.ExternalReview).When(_ => planType == PlanType.MedicareAdvantage && scope.Reports("PAK-APL-019"))
            .Finding("PAK-APL-019", S, "Medicare Advantage plans have no state external review: the plan's reconsideration (first-internal, 42 CFR 422.578-422.582) is the appeal, and a reconsideration the plan upholds goes to the Independent Review Entity automatically (42 CFR 422.592).", Severity.Warning);
        RuleFor(a => a.Level).Must(l => l != AppealLevel.FirstInternal).When(_ => planType == PlanType.Medicare && scope.Reports("PAK-APL-020"))
            .Finding("PAK-APL-020", S, "For Original Medicare the first appeal is a redetermination (42 CFR 405.940-405.958): choose medicare-redetermination. The deadline was computed as one: 120 days from receipt of the initial determination.", Severity.Warning);

        // Expedited review needs a reason (29 CFR 2560.503-1(m)(1); 42 CFR 422.584(b); 45 CFR 147.136(d)(3)).
        RuleFor(a => a.UrgencyReason).NotEmpty().When(a => a.Expedited && string.IsNullOrWhiteSpace(@case.UrgencyReason) && scope.Reports("PAK-APL-021"))
            .Finding("PAK-APL-021", S, "Expedited review is requested without a reason: say how waiting the standard time could seriously jeopardize the patient's life, health or ability to regain maximum function (appeal.urgencyReason), or the payer will handle it as standard.", Severity.Warning);
    }

    /// <summary>The date of the notice this appeal answers (the one <c>receivedOn</c> refers to).</summary>
    internal static DateOnly NoticeDate(Appeal appeal) => appeal.Level switch
    {
        AppealLevel.ExternalReview => appeal.FinalInternalDenialDate ?? appeal.DenialDate,
        AppealLevel.SecondInternal => appeal.FirstLevelDecisionDate ?? appeal.DenialDate,
        _ => appeal.DenialDate,
    };

    private static string PassedMessage(AppealDeadline deadline)
        => string.Create(CultureInfo.InvariantCulture,
            $"The appeal deadline passed {-deadline.DaysRemaining} day(s) before the submission date (due {deadline.DueOn:yyyy-MM-dd}: {deadline.Basis}). If there was good cause for the delay (e.g. the notice arrived late, serious illness), state it in appeal.goodCauseForLateFiling and the letter will ask the payer to accept the late filing (42 CFR 405.942(b) for Medicare; plan and state rules).");

    private static string GoodCauseMessage(AppealDeadline deadline)
        => string.Create(CultureInfo.InvariantCulture,
            $"The appeal deadline passed {-deadline.DaysRemaining} day(s) before the submission date (due {deadline.DueOn:yyyy-MM-dd}: {deadline.Basis}). Good cause for late filing is stated, so the letter asks the payer to accept it; the payer decides whether it does.");

    private static string CloseMessage(AppealDeadline deadline)
        => string.Create(CultureInfo.InvariantCulture,
            $"Only {deadline.DaysRemaining} day(s) remain before the appeal deadline (due {deadline.DueOn:yyyy-MM-dd}: {deadline.Basis}): send the appeal now, by fax or with proof of delivery.");
}

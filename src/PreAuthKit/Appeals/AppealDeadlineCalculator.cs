using System.Globalization;
using PreAuthKit.Model;

namespace PreAuthKit.Appeals;

/// <summary>
/// Computes the filing deadline of an appeal from the plan type and appeal level. Each window and
/// its source:
/// <list type="bullet">
/// <item>commercial, ERISA, ACA first-level internal appeal: 180 days following receipt of the notice (29 CFR 2560.503-1(h)(3)(i));</item>
/// <item>second-level internal appeal: days following receipt of the first-level decision (plan document; default 180);</item>
/// <item>Medicare Advantage reconsideration: 65 days from the date of the notice (42 CFR 422.582(b));</item>
/// <item>Medicaid managed care: 60 days from the date on the notice (42 CFR 438.402(c)(2)(ii));</item>
/// <item>Original Medicare redetermination: 120 days from receipt, presumed 5 days after the notice date (42 CFR 405.942(a)); a first-level appeal on Original Medicare is a redetermination;</item>
/// <item>Original Medicare QIC reconsideration (second level): 180 days from receipt of the redetermination (42 CFR 405.962(a));</item>
/// <item>external review: 4 months after receipt of the final internal denial, a missing day moving to the first day of the fifth month (45 CFR 147.136(d)(2)(i)), or the state's window (<see cref="StateExternalReview"/>).</item>
/// </list>
/// The arithmetic never overflows: a window that would end after 9999-12-31 is not computable.
/// </summary>
internal static class AppealDeadlineCalculator
{
    /// <summary>
    /// The deadline for <paramref name="appeal"/> filed on <paramref name="filedOn"/>.
    /// <paramref name="state"/> is the two-letter state whose external review law applies (the patient's).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A date or window ends after 9999-12-31 (validation reports this as <c>PAK-APL-012</c> first).</exception>
    public static AppealDeadline Compute(Appeal appeal, PlanType planType, string? state, DateOnly filedOn, AppealDeadlineOptions options)
        => TryCompute(appeal, planType, state, filedOn, options, out var deadline)
            ? deadline
            : throw new ArgumentOutOfRangeException(nameof(appeal), "The appeal's dates put the filing deadline beyond 9999-12-31.");

    /// <summary>As <see cref="Compute"/>, returning false instead of throwing when the deadline falls beyond the last representable date.</summary>
    public static bool TryCompute(Appeal appeal, PlanType planType, string? state, DateOnly filedOn, AppealDeadlineOptions options, out AppealDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ArgumentNullException.ThrowIfNull(options);
        deadline = new AppealDeadline(default, default, 0, "");
        var window = Window(appeal, planType, state, options);
        if (window is null)
        {
            return false;
        }

        var w = window.Value;
        deadline = new AppealDeadline(w.Start, w.Due, w.Due.DayNumber - filedOn.DayNumber, w.Basis)
        {
            Source = w.Source,
            ReceiptPresumed = w.Presumed,
            FiledWhenReceived = w.FiledWhenReceived,
        };
        if (!deadline.IsMet && !string.IsNullOrWhiteSpace(appeal.GoodCauseForLateFiling))
        {
            deadline = deadline with { GoodCauseForLateFiling = appeal.GoodCauseForLateFiling.Trim() };
        }

        return true;
    }

    private static Computed? Window(Appeal appeal, PlanType planType, string? state, AppealDeadlineOptions options)
    {
        var medicare = planType == PlanType.Medicare || appeal.Level == AppealLevel.MedicareRedetermination;
        switch (appeal.Level)
        {
            case AppealLevel.ExternalReview:
            {
                var notice = appeal.FinalInternalDenialDate ?? appeal.DenialDate;
                var code = state?.Trim().ToUpperInvariant();
                var where = code is { Length: > 0 } ? ", " + code : "";
                if (code is { Length: > 0 } && options.ExternalReviewMonthsByState.TryGetValue(code, out var stateMonths))
                {
                    return DeadlineArithmetic.TryAddMonthsClamped(notice, stateMonths, out var stateDue)
                        ? new(notice, stateDue, Invariant($"{stateMonths} months from the final internal denial (external review{where})"),
                            StateExternalReview.For(code)?.WindowSource ?? "state law (AppealDeadlineOptions.ExternalReviewMonthsByState)", false, false)
                        : null;
                }

                if (!Receipt(appeal, notice, options.ReceiptPresumptionDays, out var receipt, out var presumed)
                    || !DeadlineArithmetic.TryAddMonthsFederal(receipt, options.ExternalReviewMonths, out var due))
                {
                    return null;
                }

                return new(receipt, due, Invariant($"{options.ExternalReviewMonths} months {From("the final internal denial", presumed, options.ReceiptPresumptionDays)} (external review{where})"),
                    "45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)", presumed, false);
            }

            case AppealLevel.SecondInternal when medicare:
                return Days(appeal, appeal.FirstLevelDecisionDate ?? appeal.DenialDate, options.MedicareReceiptPresumptionDays, options.MedicareReconsiderationDays,
                    "the redetermination", AppealTerms.LevelName(AppealLevel.SecondInternal, PlanType.Medicare), "42 CFR 405.962(a)", filedWhenReceived: true);

            case AppealLevel.SecondInternal when planType is PlanType.MedicareAdvantage or PlanType.Medicaid:
                return FromNotice(appeal.FirstLevelDecisionDate ?? appeal.DenialDate, planType, options);

            case AppealLevel.SecondInternal:
                return appeal.FirstLevelDecisionDate is null
                    ? Days(appeal, appeal.DenialDate, options.ReceiptPresumptionDays, options.SecondInternalAppealDays,
                        "the denial notice", "internal appeal", "29 CFR 2560.503-1(h)(3)(i); the plan document for the second level", filedWhenReceived: false)
                    : Days(appeal, appeal.FirstLevelDecisionDate.Value, options.ReceiptPresumptionDays, options.SecondInternalAppealDays,
                        "the first-level decision", "second-level internal appeal", "the plan document; 29 CFR 2560.503-1(c)(2)(ii)", filedWhenReceived: false);

            default:
                if (medicare)
                {
                    return Days(appeal, appeal.DenialDate, options.MedicareReceiptPresumptionDays, options.MedicareRedeterminationDays,
                        "the initial determination", AppealTerms.LevelName(AppealLevel.MedicareRedetermination, PlanType.Medicare), "42 CFR 405.942(a)", filedWhenReceived: true);
                }

                if (planType is PlanType.MedicareAdvantage or PlanType.Medicaid)
                {
                    return FromNotice(appeal.DenialDate, planType, options);
                }

                return Days(appeal, appeal.DenialDate, options.ReceiptPresumptionDays, options.InternalAppealDays,
                    "the denial notice", "internal appeal", "29 CFR 2560.503-1(h)(3)(i)", filedWhenReceived: false);
        }
    }

    /// <summary>A window of days following receipt of a notice dated <paramref name="notice"/>.</summary>
    private static Computed? Days(Appeal appeal, DateOnly notice, int presumptionDays, int days, string from, string kind, string source, bool filedWhenReceived)
    {
        if (!Receipt(appeal, notice, presumptionDays, out var receipt, out var presumed) || !DeadlineArithmetic.TryAddDays(receipt, days, out var due))
        {
            return null;
        }

        return new(receipt, due, Invariant($"{days} days {From(from, presumed, presumptionDays)} ({kind})"), source, presumed, filedWhenReceived);
    }

    /// <summary>Medicare Advantage and Medicaid count from the date of the notice, not its receipt.</summary>
    private static Computed? FromNotice(DateOnly notice, PlanType planType, AppealDeadlineOptions options)
    {
        var (days, kind, source) = planType == PlanType.MedicareAdvantage
            ? (options.MedicareAdvantageDays, AppealTerms.LevelName(AppealLevel.FirstInternal, PlanType.MedicareAdvantage), "42 CFR 422.582(b)")
            : (options.MedicaidDays, "Medicaid appeal", "42 CFR 438.402(c)(2)(ii)");
        return DeadlineArithmetic.TryAddDays(notice, days, out var due)
            ? new(notice, due, Invariant($"{days} days from the denial notice ({kind})"), source, false, false)
            : null;
    }

    /// <summary>The stated receipt date, or the notice date plus the presumption.</summary>
    private static bool Receipt(Appeal appeal, DateOnly notice, int presumptionDays, out DateOnly receipt, out bool presumed)
    {
        presumed = appeal.ReceivedOn is null;
        if (appeal.ReceivedOn is { } received)
        {
            receipt = received;
            return true;
        }

        return DeadlineArithmetic.TryAddDays(notice, presumptionDays, out receipt);
    }

    /// <summary>
    /// "following receipt of X" (receipt stated), "from X" (receipt not stated and no presumption:
    /// counted from the notice date, the earliest reading) or "from receipt of X, presumed n days
    /// after the notice date".
    /// </summary>
    private static string From(string notice, bool presumed, int presumptionDays) => (presumed, presumptionDays) switch
    {
        (false, _) => $"following receipt of {notice}",
        (true, 0) => $"from {notice}",
        _ => Invariant($"from receipt of {notice}, presumed {presumptionDays} days after the notice date"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One computed window before it is measured against the filing date.</summary>
    private readonly record struct Computed(DateOnly Start, DateOnly Due, string Basis, string Source, bool Presumed, bool FiledWhenReceived);
}

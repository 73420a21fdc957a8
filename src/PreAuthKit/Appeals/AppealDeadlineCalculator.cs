using System.Globalization;
using PreAuthKit.Model;

namespace PreAuthKit.Appeals;

/// <summary>Computes the filing deadline of an appeal from the plan type and appeal level.</summary>
internal static class AppealDeadlineCalculator
{
    /// <summary>
    /// The deadline for <paramref name="appeal"/> filed on <paramref name="filedOn"/>.
    /// <paramref name="state"/> is the two-letter state whose external review law applies (the patient's).
    /// </summary>
    public static AppealDeadline Compute(Appeal appeal, PlanType planType, string? state, DateOnly filedOn, AppealDeadlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ArgumentNullException.ThrowIfNull(options);
        DateOnly start;
        DateOnly due;
        string basis;
        switch (appeal.Level)
        {
            case AppealLevel.ExternalReview:
                start = appeal.FinalInternalDenialDate ?? appeal.DenialDate;
                var months = state is not null && options.ExternalReviewMonthsByState.TryGetValue(state.Trim(), out var stateMonths)
                    ? stateMonths
                    : options.ExternalReviewMonths;
                due = start.AddMonths(months);
                basis = string.Create(CultureInfo.InvariantCulture, $"{months} months from the final internal denial (external review{(state is null ? "" : $", {state.Trim().ToUpperInvariant()}")})");
                break;
            case AppealLevel.MedicareRedetermination:
                start = appeal.DenialDate.AddDays(options.MedicareReceiptPresumptionDays);
                due = start.AddDays(options.MedicareRedeterminationDays);
                basis = string.Create(CultureInfo.InvariantCulture, $"{options.MedicareRedeterminationDays} days from receipt of the initial determination, presumed {options.MedicareReceiptPresumptionDays} days after the notice date (Medicare redetermination)");
                break;
            default:
                start = appeal.DenialDate;
                var (days, kind) = planType switch
                {
                    PlanType.MedicareAdvantage => (options.MedicareAdvantageDays, "Medicare Advantage reconsideration"),
                    PlanType.Medicaid => (options.MedicaidDays, "Medicaid appeal"),
                    _ => (options.InternalAppealDays, "internal appeal"),
                };
                due = start.AddDays(days);
                basis = string.Create(CultureInfo.InvariantCulture, $"{days} days from the denial notice ({kind})");
                break;
        }

        return new AppealDeadline(start, due, due.DayNumber - filedOn.DayNumber, basis);
    }
}

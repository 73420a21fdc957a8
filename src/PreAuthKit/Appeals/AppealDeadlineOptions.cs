namespace PreAuthKit.Appeals;

/// <summary>
/// Appeal filing windows. The defaults are the federal ones (see DOMAIN notes); a payer contract
/// or state law may differ, so every value can be overridden.
/// </summary>
public sealed class AppealDeadlineOptions
{
    /// <summary>Internal appeal window for commercial, ERISA and ACA plans, in days from the denial notice. Default 180.</summary>
    public int InternalAppealDays { get; set; } = 180;

    /// <summary>Medicare Advantage reconsideration window, in days from the notice. Default 65.</summary>
    public int MedicareAdvantageDays { get; set; } = 65;

    /// <summary>Medicaid managed-care appeal window, in days from the notice. Default 60.</summary>
    public int MedicaidDays { get; set; } = 60;

    /// <summary>Medicare Parts A/B redetermination window, in days from receipt of the initial determination. Default 120.</summary>
    public int MedicareRedeterminationDays { get; set; } = 120;

    /// <summary>Days after the notice date on which Medicare presumes the notice was received. Default 5.</summary>
    public int MedicareReceiptPresumptionDays { get; set; } = 5;

    /// <summary>External review window, in months from the final internal denial. Default 4.</summary>
    public int ExternalReviewMonths { get; set; } = 4;

    /// <summary>States whose external review window differs from <see cref="ExternalReviewMonths"/> (two-letter code to months). Defaults: CA and GA, 6 months.</summary>
    public IDictionary<string, int> ExternalReviewMonthsByState { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["CA"] = 6,
        ["GA"] = 6,
    };

    /// <summary>A deadline this many days away or fewer draws a warning. Default 14.</summary>
    public int WarningWindowDays { get; set; } = 14;

    /// <summary>A deep copy.</summary>
    internal AppealDeadlineOptions Copy()
    {
        var copy = new AppealDeadlineOptions
        {
            InternalAppealDays = InternalAppealDays,
            MedicareAdvantageDays = MedicareAdvantageDays,
            MedicaidDays = MedicaidDays,
            MedicareRedeterminationDays = MedicareRedeterminationDays,
            MedicareReceiptPresumptionDays = MedicareReceiptPresumptionDays,
            ExternalReviewMonths = ExternalReviewMonths,
            WarningWindowDays = WarningWindowDays,
        };
        copy.ExternalReviewMonthsByState.Clear();
        foreach (var (state, months) in ExternalReviewMonthsByState)
        {
            copy.ExternalReviewMonthsByState[state] = months;
        }

        return copy;
    }
}

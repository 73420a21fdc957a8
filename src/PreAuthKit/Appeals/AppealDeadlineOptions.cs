namespace PreAuthKit.Appeals;

/// <summary>
/// Appeal filing windows. The defaults are the federal ones, each with its source below and in
/// <c>docs/case-file.md</c>; a payer contract or state law may differ, so every value can be overridden.
/// </summary>
public sealed class AppealDeadlineOptions
{
    /// <summary>
    /// Internal appeal window for commercial, ERISA and ACA plans, in days following receipt of the
    /// adverse benefit determination (29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b)(2)(i)). Default 180.
    /// </summary>
    public int InternalAppealDays { get; set; } = 180;

    /// <summary>
    /// Second-level internal appeal window, in days following receipt of the first-level decision
    /// (<c>appeal.firstLevelDecisionDate</c>). Federal rules set no separate window for a plan's second
    /// level (29 CFR 2560.503-1(c)(2)(ii) lets a group health plan require at most two levels); the plan document governs. Default 180.
    /// </summary>
    public int SecondInternalAppealDays { get; set; } = 180;

    /// <summary>
    /// Days after the notice date on which a commercial, ERISA or ACA notice is presumed received when
    /// <c>appeal.receivedOn</c> is absent. ERISA sets no presumption; the default 0 counts from the
    /// notice date, the earliest (safe) reading. Medicare has its own presumption (<see cref="MedicareReceiptPresumptionDays"/>).
    /// </summary>
    public int ReceiptPresumptionDays { get; set; }

    /// <summary>Medicare Advantage reconsideration window, in days from the date of the notice (42 CFR 422.582(b), 65 days since 2025-01-01). Default 65.</summary>
    public int MedicareAdvantageDays { get; set; } = 65;

    /// <summary>Medicaid managed-care appeal window, in days from the date on the notice (42 CFR 438.402(c)(2)(ii)). Default 60.</summary>
    public int MedicaidDays { get; set; } = 60;

    /// <summary>Medicare Parts A/B redetermination window, in days from receipt of the initial determination (42 CFR 405.942(a)). Default 120.</summary>
    public int MedicareRedeterminationDays { get; set; } = 120;

    /// <summary>Medicare QIC reconsideration window, in days from receipt of the redetermination (42 CFR 405.962(a)). Default 180.</summary>
    public int MedicareReconsiderationDays { get; set; } = 180;

    /// <summary>Days after the notice date on which Medicare presumes the notice was received, unless there is evidence to the contrary (42 CFR 405.942(a)(1)). Default 5.</summary>
    public int MedicareReceiptPresumptionDays { get; set; } = 5;

    /// <summary>
    /// Days a mailed Medicare request is assumed to travel. A redetermination counts as filed when the
    /// contractor receives it (42 CFR 405.942(a)(2)), so a letter sent with fewer days left draws a
    /// warning. Default 5.
    /// </summary>
    public int MedicareMailDays { get; set; } = 5;

    /// <summary>
    /// External review window, in months after receipt of the final internal adverse determination
    /// (45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)); a missing day moves to the first day
    /// of the following month. Default 4.
    /// </summary>
    public int ExternalReviewMonths { get; set; } = 4;

    /// <summary>
    /// States whose external review window differs from <see cref="ExternalReviewMonths"/> (two-letter
    /// code to months, counted from the notice date). Defaults come from the embedded data file
    /// <c>Appeals/Data/state-external-review.tsv</c>, each with its source: CA 6 months (Cal. Health
    /// &amp; Safety Code 1374.30(h)). Georgia is not listed: its 6 months could not be verified.
    /// </summary>
    public IDictionary<string, int> ExternalReviewMonthsByState { get; } =
        StateExternalReview.All.Values.Where(r => r.Months is not null).ToDictionary(r => r.State, r => r.Months!.Value, StringComparer.OrdinalIgnoreCase);

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
            SecondInternalAppealDays = SecondInternalAppealDays,
            ReceiptPresumptionDays = ReceiptPresumptionDays,
            MedicareReconsiderationDays = MedicareReconsiderationDays,
            MedicareMailDays = MedicareMailDays,
        };
        copy.ExternalReviewMonthsByState.Clear();
        foreach (var (state, months) in ExternalReviewMonthsByState)
        {
            copy.ExternalReviewMonthsByState[state] = months;
        }

        return copy;
    }
}

namespace PreAuthKit;

/// <summary>When an appeal must be filed, and whether the submission date meets it.</summary>
/// <param name="StartsOn">The date the window runs from: the notice date, the (stated or presumed) date of receipt, the first-level decision, or the final internal denial.</param>
/// <param name="DueOn">The last day to file.</param>
/// <param name="DaysRemaining">Days from the submission date to <paramref name="DueOn"/>; negative when passed.</param>
/// <param name="Basis">The rule applied, in words (e.g. "180 days from the denial notice (internal appeal)"); its citation is <see cref="Source"/>.</param>
public sealed record AppealDeadline(DateOnly StartsOn, DateOnly DueOn, int DaysRemaining, string Basis)
{
    /// <summary>True when the appeal is filed on or before the due date.</summary>
    public bool IsMet => DaysRemaining >= 0;

    /// <summary>The regulation or statute the window comes from (e.g. "29 CFR 2560.503-1(h)(3)(i)"; for a state window, the row of <c>Appeals/Data/state-external-review.tsv</c>).</summary>
    public string Source { get; init; } = "";

    /// <summary>True when the window runs from a receipt date that was presumed (no <c>appeal.receivedOn</c>) rather than stated.</summary>
    public bool ReceiptPresumed { get; init; }

    /// <summary>
    /// True when the request counts as filed only when the payer receives it, not when it is sent
    /// (Medicare: 42 CFR 405.942(a)(2)); the letter should then go by fax or with proof of delivery.
    /// </summary>
    public bool FiledWhenReceived { get; init; }

    /// <summary>
    /// The case's reason for late filing (<c>appeal.goodCauseForLateFiling</c>) when the deadline is
    /// passed and a reason is given; otherwise null. When set, the letter asks the payer to accept the
    /// late filing for good cause (42 CFR 405.942(b); plan and state rules).
    /// </summary>
    public string? GoodCauseForLateFiling { get; init; }
}

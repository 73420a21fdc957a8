namespace PreAuthKit;

/// <summary>When an appeal must be filed, and whether the submission date meets it.</summary>
/// <param name="StartsOn">The date the window runs from (denial notice, presumed receipt, or final internal denial).</param>
/// <param name="DueOn">The last day to file.</param>
/// <param name="DaysRemaining">Days from the submission date to <paramref name="DueOn"/>; negative when passed.</param>
/// <param name="Basis">The rule applied, in words (e.g. "180 days from the denial notice (internal appeal)").</param>
public sealed record AppealDeadline(DateOnly StartsOn, DateOnly DueOn, int DaysRemaining, string Basis)
{
    /// <summary>True when the appeal is filed on or before the due date.</summary>
    public bool IsMet => DaysRemaining >= 0;
}

namespace PreAuthKit.Appeals;

/// <summary>
/// Date arithmetic for filing windows that never overflows: every method returns false instead of
/// throwing when the result would fall after 9999-12-31 (or before 0001-01-01).
/// </summary>
internal static class DeadlineArithmetic
{
    /// <summary><paramref name="start"/> plus <paramref name="days"/> calendar days.</summary>
    public static bool TryAddDays(DateOnly start, int days, out DateOnly result)
    {
        var dayNumber = (long)start.DayNumber + days;
        var ok = dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber;
        result = ok ? DateOnly.FromDayNumber((int)dayNumber) : DateOnly.MaxValue;
        return ok;
    }

    /// <summary>
    /// The federal external review rule: "within four months after the date of receipt ... If there
    /// is no corresponding date four months after the date of receipt of such a notice, then the
    /// request must be filed by the first day of the fifth month following the receipt of the notice.
    /// For example, if the date of receipt of the notice is October 30, because there is no February
    /// 30, the request must be filed by March 1" (45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)).
    /// Generalised to <paramref name="months"/>: the same day <paramref name="months"/> later, or the
    /// first day of the month after that month when the day does not exist in it.
    /// </summary>
    public static bool TryAddMonthsFederal(DateOnly start, int months, out DateOnly result)
    {
        if (!TryMonth(start.Year, start.Month, months, out var year, out var month))
        {
            result = DateOnly.MaxValue;
            return false;
        }

        if (start.Day <= DateTime.DaysInMonth(year, month))
        {
            result = new DateOnly(year, month, start.Day);
            return true;
        }

        if (!TryMonth(year, month, 1, out var nextYear, out var nextMonth))
        {
            result = DateOnly.MaxValue;
            return false;
        }

        result = new DateOnly(nextYear, nextMonth, 1);
        return true;
    }

    /// <summary>
    /// <paramref name="months"/> later, clamped to the last day of a shorter month (August 31 + 6
    /// months = February 28/29): the earlier, safe reading for state windows whose statutes do not
    /// define the missing-day case.
    /// </summary>
    public static bool TryAddMonthsClamped(DateOnly start, int months, out DateOnly result)
    {
        if (!TryMonth(start.Year, start.Month, months, out var year, out var month))
        {
            result = DateOnly.MaxValue;
            return false;
        }

        result = new DateOnly(year, month, Math.Min(start.Day, DateTime.DaysInMonth(year, month)));
        return true;
    }

    private static bool TryMonth(int year, int month, int add, out int newYear, out int newMonth)
    {
        var index = (long)year * 12 + (month - 1) + add;
        newYear = (int)Math.Clamp(index / 12, 1, 9999);
        newMonth = (int)(index % 12) + 1;
        return index >= 12 && index / 12 <= 9999;
    }
}

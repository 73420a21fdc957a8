using System.Globalization;
using PreAuthKit.Appeals;

namespace PreAuthKit.Tests.Appeals;

/// <summary>
/// Month and day arithmetic of filing windows. Federal external review (45 CFR 147.136(d)(2)(i)):
/// four months after receipt; when that day does not exist, the first day of the fifth month
/// ("if the date of receipt of the notice is October 30, because there is no February 30, the
/// request must be filed by March 1"). Nothing overflows at 9999-12-31.
/// </summary>
public class DeadlineArithmeticTests
{
    [TestCase("2026-10-30", 4, "2027-03-01")] // the regulation's own example
    [TestCase("2026-10-31", 4, "2027-03-01")]
    [TestCase("2026-10-28", 4, "2027-02-28")]
    [TestCase("2026-10-29", 4, "2027-03-01")] // 2027 is not a leap year
    [TestCase("2027-10-29", 4, "2028-02-29")] // 2028 is
    [TestCase("2027-10-30", 4, "2028-03-01")]
    [TestCase("2026-01-31", 4, "2026-05-31")]
    [TestCase("2026-05-31", 4, "2026-10-01")] // no September 31
    [TestCase("2026-08-31", 4, "2026-12-31")]
    [TestCase("2026-12-31", 4, "2027-05-01")] // year boundary: no April 31, so the first day of the fifth month (May)
    [TestCase("2026-03-15", 4, "2026-07-15")]
    public void Federal_months_move_a_missing_day_to_the_first_of_the_next_month(string start, int months, string expected)
    {
        Assert.That(DeadlineArithmetic.TryAddMonthsFederal(D(start), months, out var due), Is.True);
        Assert.That(due, Is.EqualTo(D(expected)));
    }

    [TestCase("2026-08-31", 6, "2027-02-28")]
    [TestCase("2027-08-31", 6, "2028-02-29")]
    [TestCase("2026-03-01", 6, "2026-09-01")]
    public void State_months_clamp_to_the_end_of_a_shorter_month(string start, int months, string expected)
    {
        Assert.That(DeadlineArithmetic.TryAddMonthsClamped(D(start), months, out var due), Is.True);
        Assert.That(due, Is.EqualTo(D(expected)));
    }

    [Test]
    public void The_last_representable_date_never_overflows()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DeadlineArithmetic.TryAddDays(DateOnly.MaxValue, 1, out _), Is.False);
            Assert.That(DeadlineArithmetic.TryAddDays(DateOnly.MaxValue, 0, out var same), Is.True);
            Assert.That(same, Is.EqualTo(DateOnly.MaxValue));
            Assert.That(DeadlineArithmetic.TryAddDays(new DateOnly(9999, 12, 1), int.MaxValue, out _), Is.False);
            Assert.That(DeadlineArithmetic.TryAddMonthsFederal(DateOnly.MaxValue, 4, out _), Is.False);
            Assert.That(DeadlineArithmetic.TryAddMonthsFederal(new DateOnly(9999, 8, 31), 4, out var last), Is.True);
            Assert.That(last, Is.EqualTo(DateOnly.MaxValue));
            Assert.That(DeadlineArithmetic.TryAddMonthsFederal(new DateOnly(9999, 7, 31), 4, out _), Is.True); // Nov 31 -> Dec 1
            Assert.That(DeadlineArithmetic.TryAddMonthsFederal(new DateOnly(9999, 8, 31), int.MaxValue, out _), Is.False);
            Assert.That(DeadlineArithmetic.TryAddMonthsClamped(new DateOnly(9999, 12, 31), 6, out _), Is.False);
        });
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}

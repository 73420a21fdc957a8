using PreAuthKit.Appeals;
using PreAuthKit.Model;

namespace PreAuthKit.Tests.Appeals;

public class AppealDeadlineCalculatorTests
{
    private static readonly AppealDeadlineOptions Defaults = new();

    [TestCase(PlanType.Commercial, "2026-05-01", "2026-10-28")]
    [TestCase(PlanType.Erisa, "2026-05-01", "2026-10-28")]
    [TestCase(PlanType.AcaIndividual, "2026-05-01", "2026-10-28")]
    [TestCase(PlanType.MedicareAdvantage, "2026-05-01", "2026-07-05")]
    [TestCase(PlanType.Medicaid, "2026-05-01", "2026-06-30")]
    public void Internal_appeal_window_depends_on_plan_type(PlanType plan, string denial, string expectedDue)
    {
        var appeal = new Appeal { Level = AppealLevel.FirstInternal, DenialDate = DateOnly.Parse(denial, System.Globalization.CultureInfo.InvariantCulture) };

        var deadline = AppealDeadlineCalculator.Compute(appeal, plan, null, new DateOnly(2026, 6, 1), Defaults);

        Assert.That(deadline.DueOn, Is.EqualTo(DateOnly.Parse(expectedDue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Medicare_redetermination_counts_120_days_from_presumed_receipt()
    {
        var appeal = new Appeal { Level = AppealLevel.MedicareRedetermination, DenialDate = new DateOnly(2026, 1, 10) };

        var deadline = AppealDeadlineCalculator.Compute(appeal, PlanType.Medicare, null, new DateOnly(2026, 5, 20), Defaults);

        Assert.That(deadline.StartsOn, Is.EqualTo(new DateOnly(2026, 1, 15)));
        Assert.That(deadline.DueOn, Is.EqualTo(new DateOnly(2026, 5, 15)));
        Assert.That(deadline.DaysRemaining, Is.EqualTo(-5));
        Assert.That(deadline.IsMet, Is.False);
    }

    [TestCase(null, "2026-07-01")]
    [TestCase("NY", "2026-07-01")]
    [TestCase("CA", "2026-09-01")]
    [TestCase("ga", "2026-09-01")]
    public void External_review_runs_from_the_final_internal_denial_with_state_windows(string? state, string expectedDue)
    {
        var appeal = new Appeal
        {
            Level = AppealLevel.ExternalReview,
            DenialDate = new DateOnly(2026, 1, 5),
            FinalInternalDenialDate = new DateOnly(2026, 3, 1),
        };

        var deadline = AppealDeadlineCalculator.Compute(appeal, PlanType.Commercial, state, new DateOnly(2026, 4, 1), Defaults);

        Assert.That(deadline.DueOn, Is.EqualTo(DateOnly.Parse(expectedDue, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(deadline.IsMet, Is.True);
    }

    [Test]
    public void Options_override_the_defaults()
    {
        var options = new AppealDeadlineOptions { InternalAppealDays = 60 };
        var appeal = new Appeal { DenialDate = new DateOnly(2026, 1, 1) };

        var deadline = AppealDeadlineCalculator.Compute(appeal, PlanType.Commercial, null, new DateOnly(2026, 3, 1), options);

        Assert.That(deadline.DueOn, Is.EqualTo(new DateOnly(2026, 3, 2)));
        Assert.That(deadline.DaysRemaining, Is.EqualTo(1));
        Assert.That(deadline.Basis, Does.Contain("60 days"));
    }
}

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
    [TestCase("ca", "2026-09-01")]
    [TestCase("GA", "2026-07-01")] // Georgia's 6 months could not be verified and was dropped: the federal 4 months apply
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

    [Test]
    public void Internal_appeal_runs_180_days_following_stated_receipt()
    {
        // 29 CFR 2560.503-1(h)(3)(i): 180 days following receipt of the notification.
        var appeal = new Appeal { DenialDate = new DateOnly(2026, 5, 1), ReceivedOn = new DateOnly(2026, 5, 11) };

        var deadline = AppealDeadlineCalculator.Compute(appeal, PlanType.Erisa, null, new DateOnly(2026, 11, 5), Defaults);

        Assert.That(deadline.StartsOn, Is.EqualTo(new DateOnly(2026, 5, 11)));
        Assert.That(deadline.DueOn, Is.EqualTo(new DateOnly(2026, 11, 7)));
        Assert.That(deadline.ReceiptPresumed, Is.False);
        Assert.That(deadline.Basis, Does.Contain("following receipt"));
        Assert.That(deadline.Source, Does.Contain("2560.503-1(h)(3)(i)"));
    }

    [Test]
    public void Receipt_presumption_is_configurable()
    {
        var appeal = new Appeal { DenialDate = new DateOnly(2026, 5, 1) };

        var safe = AppealDeadlineCalculator.Compute(appeal, PlanType.Commercial, null, new DateOnly(2026, 6, 1), Defaults);
        var presumed = AppealDeadlineCalculator.Compute(appeal, PlanType.Commercial, null, new DateOnly(2026, 6, 1), new AppealDeadlineOptions { ReceiptPresumptionDays = 5 });

        Assert.That(safe.DueOn, Is.EqualTo(new DateOnly(2026, 10, 28)));
        Assert.That(presumed.DueOn, Is.EqualTo(new DateOnly(2026, 11, 2)));
        Assert.That(presumed.ReceiptPresumed, Is.True);
        Assert.That(presumed.Basis, Does.Contain("presumed 5 days"));
    }

    [Test]
    public void Medicare_uses_the_stated_receipt_date_over_the_presumption_and_counts_on_receipt()
    {
        // 42 CFR 405.942(a)(1): presumed 5 days after the notice "unless there is evidence to the contrary".
        var appeal = new Appeal { Level = AppealLevel.MedicareRedetermination, DenialDate = new DateOnly(2026, 1, 10), ReceivedOn = new DateOnly(2026, 1, 20) };

        var deadline = AppealDeadlineCalculator.Compute(appeal, PlanType.Medicare, null, new DateOnly(2026, 5, 1), Defaults);

        Assert.That(deadline.DueOn, Is.EqualTo(new DateOnly(2026, 5, 20)));
        Assert.That(deadline.FiledWhenReceived, Is.True);
    }

    [Test]
    public void Medicare_advantage_counts_from_the_notice_even_when_receipt_is_stated()
    {
        // 42 CFR 422.582(b): 65 days from the date of the notice of the organization determination.
        var appeal = new Appeal { DenialDate = new DateOnly(2026, 5, 1), ReceivedOn = new DateOnly(2026, 5, 20) };

        var deadline = AppealDeadlineCalculator.Compute(appeal, PlanType.MedicareAdvantage, null, new DateOnly(2026, 6, 1), Defaults);

        Assert.That(deadline.DueOn, Is.EqualTo(new DateOnly(2026, 7, 5)));
        Assert.That(deadline.Basis, Does.Contain("Medicare Advantage reconsideration"));
    }

    [Test]
    public void Second_level_counts_from_the_first_level_decision()
    {
        var appeal = new Appeal { Level = AppealLevel.SecondInternal, DenialDate = new DateOnly(2026, 1, 5), FirstLevelDecisionDate = new DateOnly(2026, 4, 1) };

        var deadline = AppealDeadlineCalculator.Compute(appeal, PlanType.Commercial, null, new DateOnly(2026, 8, 1), Defaults);

        Assert.That(deadline.StartsOn, Is.EqualTo(new DateOnly(2026, 4, 1)));
        Assert.That(deadline.DueOn, Is.EqualTo(new DateOnly(2026, 9, 28)));
        Assert.That(deadline.IsMet, Is.True);
    }

    [Test]
    public void External_review_end_of_month_uses_the_first_day_of_the_fifth_month()
    {
        var appeal = new Appeal { Level = AppealLevel.ExternalReview, DenialDate = new DateOnly(2026, 8, 1), FinalInternalDenialDate = new DateOnly(2026, 10, 31) };

        var deadline = AppealDeadlineCalculator.Compute(appeal, PlanType.Commercial, "IL", new DateOnly(2027, 3, 1), Defaults);

        Assert.That(deadline.DueOn, Is.EqualTo(new DateOnly(2027, 3, 1)));
        Assert.That(deadline.IsMet, Is.True);
    }

    [Test]
    public void Good_cause_is_carried_on_a_late_deadline_only()
    {
        var late = new Appeal { DenialDate = new DateOnly(2026, 1, 1), GoodCauseForLateFiling = " The notice was mailed to a former address. " };

        var passed = AppealDeadlineCalculator.Compute(late, PlanType.Commercial, null, new DateOnly(2026, 8, 1), Defaults);
        var met = AppealDeadlineCalculator.Compute(late, PlanType.Commercial, null, new DateOnly(2026, 2, 1), Defaults);

        Assert.That(passed.GoodCauseForLateFiling, Is.EqualTo("The notice was mailed to a former address."));
        Assert.That(met.GoodCauseForLateFiling, Is.Null);
    }

    [Test]
    public void Dates_at_the_end_of_the_calendar_are_not_computable_instead_of_crashing()
    {
        var appeal = new Appeal { Level = AppealLevel.ExternalReview, DenialDate = new DateOnly(2026, 1, 1), FinalInternalDenialDate = DateOnly.MaxValue };

        Assert.That(AppealDeadlineCalculator.TryCompute(appeal, PlanType.Commercial, null, new DateOnly(2026, 2, 1), Defaults, out _), Is.False);
        Assert.That(AppealDeadlineCalculator.TryCompute(appeal, PlanType.Commercial, "CA", new DateOnly(2026, 2, 1), Defaults, out _), Is.False);
        Assert.That(AppealDeadlineCalculator.TryCompute(new Appeal { DenialDate = DateOnly.MaxValue }, PlanType.Medicare, null, DateOnly.MaxValue, Defaults, out _), Is.False);
        Assert.Throws<ArgumentOutOfRangeException>(() => AppealDeadlineCalculator.Compute(new Appeal { DenialDate = DateOnly.MaxValue }, PlanType.Commercial, null, DateOnly.MaxValue, Defaults));
    }

    [Test]
    public void Shipped_state_windows_come_from_the_documented_data_file()
    {
        Assert.That(StateExternalReview.All.Values.Where(r => r.Months is not null).Select(r => r.State), Is.EquivalentTo(new[] { "CA" }), "IL is listed for its filing body only");
        Assert.That(StateExternalReview.For("IL")!.FilingBody, Is.EqualTo("Illinois Department of Insurance"));
        Assert.That(StateExternalReview.For("ca")!.WindowSource, Does.Contain("1374.30(h)"));
        Assert.That(new AppealDeadlineOptions().ExternalReviewMonthsByState, Is.EquivalentTo(new Dictionary<string, int> { ["CA"] = 6 }));
    }
}

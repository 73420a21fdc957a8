using PreAuthKit.Appeals;
using PreAuthKit.Model;

namespace PreAuthKit.Tests.Appeals;

/// <summary>Medicare and Medicare Advantage levels are named in CMS's terms (42 CFR 405.940ff., 422.578ff.).</summary>
public class AppealTermsTests
{
    [TestCase(AppealLevel.FirstInternal, PlanType.MedicareAdvantage, "Medicare Advantage reconsideration")]
    [TestCase(AppealLevel.ExternalReview, PlanType.MedicareAdvantage, "review by the Independent Review Entity")]
    [TestCase(AppealLevel.FirstInternal, PlanType.Medicare, "Medicare redetermination")]
    [TestCase(AppealLevel.SecondInternal, PlanType.Medicare, "reconsideration by a Qualified Independent Contractor")]
    [TestCase(AppealLevel.FirstInternal, PlanType.Erisa, "first-level internal appeal")]
    [TestCase(AppealLevel.ExternalReview, PlanType.Commercial, "external review by an independent review organization")]
    public void Level_names_follow_the_plan_rules(AppealLevel level, PlanType plan, string expected)
        => Assert.That(AppealTerms.LevelName(level, plan), Is.EqualTo(expected));
}

using PreAuthKit.Model;

namespace PreAuthKit.Appeals;

/// <summary>
/// The name of an appeal level in the terms of the plan's own rules, for letters and messages:
/// CMS's terms for Medicare (redetermination, 42 CFR 405.940; QIC reconsideration, 42 CFR 405.960)
/// and Medicare Advantage (reconsideration, 42 CFR 422.578; Independent Review Entity, 42 CFR
/// 422.592), the ERISA/ACA terms otherwise (internal appeal, 29 CFR 2560.503-1(h); external review,
/// 45 CFR 147.136(d)).
/// </summary>
internal static class AppealTerms
{
    /// <summary>The level's name for <paramref name="planType"/>, lower case (e.g. "Medicare Advantage reconsideration").</summary>
    public static string LevelName(AppealLevel level, PlanType planType) => (planType, level) switch
    {
        (PlanType.Medicare, AppealLevel.FirstInternal or AppealLevel.MedicareRedetermination) => "Medicare redetermination",
        (PlanType.Medicare, AppealLevel.SecondInternal) => "reconsideration by a Qualified Independent Contractor",
        (PlanType.MedicareAdvantage, AppealLevel.FirstInternal) => "Medicare Advantage reconsideration",
        (PlanType.MedicareAdvantage, AppealLevel.SecondInternal or AppealLevel.ExternalReview) => "review by the Independent Review Entity",
        (_, AppealLevel.SecondInternal) => "second-level internal appeal",
        (_, AppealLevel.ExternalReview) => "external review by an independent review organization",
        (_, AppealLevel.MedicareRedetermination) => "Medicare redetermination",
        _ => "first-level internal appeal",
    };
}

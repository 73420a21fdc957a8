using PreAuthKit.Model;

namespace PreAuthKit.ViewModels;

/// <summary>
/// The terms, addressee and enclosed determination of each appeal level, computed once per letter.
/// Sources: internal appeals 29 CFR 2560.503-1(h) and 45 CFR 147.136(b); external review 45 CFR
/// 147.136(c)-(d) and 29 CFR 2590.715-2719 (the reviewer is independent: the request asks it to
/// overturn the plan's final internal adverse determination); Medicare redetermination by the
/// Medicare Administrative Contractor, 42 CFR 405.940-405.958, form CMS-20027, the Medicare number
/// 42 CFR 405.944(b); Medicare Advantage reconsideration of an organization determination, 42 CFR
/// 422.578-422.590.
/// </summary>
internal sealed record AppealRoute(
    string Key,
    string Title,
    string LevelName,
    string Partial,
    Addressee To,
    string IdLabel,
    string DeterminationTitle,
    string DeterminationDate,
    string DeterminationEnclosure,
    string Ask)
{
    public static AppealRoute For(PreAuthCase @case, Appeal appeal)
    {
        var payer = @case.Payer;
        var plan = PayerAddressee(payer, "Appeals Department");
        var denial = Formats.Date(appeal.DenialDate);
        var postService = appeal.DateOfService is not null;
        switch (appeal.Level)
        {
            case AppealLevel.MedicareRedetermination:
                return new("medicare-redetermination", "Request for Medicare Redetermination", "Medicare redetermination",
                    "partials/levels/medicare-redetermination.md.sbn",
                    PayerAddressee(payer, "Redeterminations"), "Medicare number",
                    "initial determination", denial,
                    $"Copy of the initial determination (Medicare Summary Notice or remittance advice) dated {denial}",
                    "I ask the contractor to reverse the initial determination and pay the claim.");
            case AppealLevel.ExternalReview:
                var final = Formats.Date(appeal.FinalInternalDenialDate ?? appeal.DenialDate);
                return new("external-review", "Request for External Review", "External review by an independent review organization",
                    "partials/levels/external-review.md.sbn",
                    ExternalAddressee(@case), IdLabelFor(payer),
                    "final internal adverse determination", final,
                    $"Copy of the plan's final internal adverse determination dated {final}",
                    "I ask the independent reviewer to overturn the plan's final internal adverse determination"
                        + (postService ? " and direct the plan to pay the claim." : " and direct the plan to cover the services."));
            case AppealLevel.SecondInternal:
                return new("second-internal", "Second-Level Internal Appeal", "Second-level internal appeal",
                    "partials/levels/second-internal.md.sbn", plan, IdLabelFor(payer),
                    appeal.FirstLevelDecisionDate is null ? "adverse benefit determination" : "first-level appeal decision",
                    appeal.FirstLevelDecisionDate is { } decided ? Formats.Date(decided) : denial,
                    appeal.FirstLevelDecisionDate is { } decision
                        ? $"Copy of the first-level appeal decision dated {Formats.Date(decision)}"
                        : "Copy of the first-level appeal decision",
                    postService ? "I ask the plan to reverse the denial and reprocess the claim for payment." : "I ask the plan to reverse the denial and authorize the services.");
            default:
                if (payer.PlanType == PlanType.MedicareAdvantage)
                {
                    return new("ma-reconsideration", "Request for Reconsideration (Medicare Advantage)", "Medicare Advantage reconsideration",
                        "partials/levels/ma-reconsideration.md.sbn",
                        PayerAddressee(payer, "Medicare Advantage Appeals (Reconsiderations)"), "Member ID",
                        "organization determination", denial,
                        $"Copy of the organization determination (denial notice) dated {denial}",
                        postService ? "I ask the plan to reconsider and reverse its organization determination and pay the claim." : "I ask the plan to reconsider and reverse its organization determination and authorize the services.");
                }

                return new("first-internal", "First-Level Internal Appeal", "First-level internal appeal",
                    "partials/levels/first-internal.md.sbn", plan, IdLabelFor(payer),
                    "adverse benefit determination", denial,
                    EnclosureTitles.DenialNotice(appeal),
                    postService ? "I ask the plan to reverse the denial and reprocess the claim for payment." : "I ask the plan to reverse the denial and authorize the services.");
        }
    }

    /// <summary>
    /// Whether the appeal needs the patient's designation of the appellant as authorized representative:
    /// anyone but the patient appeals (29 CFR 2560.503-1(b)(4); CMS-1696 for Medicare, 42 CFR 405.910),
    /// except a provider who is a party in its own right (Medicare, 42 CFR 405.906(b)) or a treating
    /// physician asking a Medicare Advantage plan to reconsider a pre-service denial (42 CFR 422.578(c)(1)).
    /// </summary>
    public static bool NeedsRepresentativeDesignation(Appeal appeal, PlanType planType) => appeal.Appellant switch
    {
        Appellant.Patient => false,
        Appellant.Provider when planType == PlanType.Medicare && appeal.Level == AppealLevel.MedicareRedetermination => false,
        Appellant.Provider when planType == PlanType.MedicareAdvantage && appeal.DateOfService is null && appeal.Level == AppealLevel.FirstInternal => false,
        _ => true,
    };

    /// <summary>The label of the patient's identifier: the Medicare number for Original Medicare (42 CFR 405.944(b)), else the member ID.</summary>
    public static string IdLabelFor(Payer payer) => payer.PlanType == PlanType.Medicare ? "Medicare number" : "Member ID";

    private static Addressee PayerAddressee(Payer payer, string unit)
        => new(payer.Name.Trim(), unit, Formats.Address(payer.Address), (payer.Fax ?? "").Trim(), (payer.Phone ?? "").Trim(), "", "the payer's denial notice") { Role = payer.Name.Trim() };

    /// <summary>
    /// External review goes to the state for a state-regulated plan with a listed body, to the plan for a
    /// self-funded ERISA plan (which assigns the IRO), and otherwise to the federal process.
    /// </summary>
    private static Addressee ExternalAddressee(PreAuthCase @case)
    {
        var payer = @case.Payer;
        if (payer.PlanType == PlanType.Erisa)
        {
            return PayerAddressee(payer, "External Review (assignment to an accredited independent review organization, 29 CFR 2590.715-2719(d))");
        }

        return ExternalReviewBodies.ForState(@case.Patient.Address?.State ?? payer.Address?.State) ?? ExternalReviewBodies.Federal;
    }
}

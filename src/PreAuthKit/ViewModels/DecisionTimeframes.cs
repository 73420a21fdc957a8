using PreAuthKit.Model;

namespace PreAuthKit.ViewModels;

/// <summary>
/// When the payer's decision is due, computed from the date the letter is sent (taken as the date of
/// receipt: the letters go by fax or portal the same day) and printed with its rule:
/// <list type="bullet">
/// <item>prior authorization, impacted payers under CMS-0057-F (Medicare Advantage, Medicaid and CHIP,
/// QHP issuers on the federally-facilitated exchanges), requests from 2026-01-01: 72 hours expedited,
/// 7 calendar days standard (42 CFR 422.568(b)(1), 422.572(a); 42 CFR 438.210(d); 45 CFR 156.223);</item>
/// <item>prior authorization, ERISA plans: 72 hours urgent, 15 days pre-service (29 CFR 2560.503-1(f)(2)(i), (iii)(A));</item>
/// <item>internal appeals (ERISA, insured and individual plans through 45 CFR 147.136(b)): 72 hours
/// expedited, 30 days pre-service, 60 days post-service (29 CFR 2560.503-1(i)(2));</item>
/// <item>Medicare redetermination: 60 days (42 CFR 405.950(a));</item>
/// <item>Medicare Advantage reconsideration: 72 hours expedited, 30 days pre-service, 60 days payment (42 CFR 422.590(a), (b), (e));</item>
/// <item>Medicaid managed care appeal: 72 hours expedited, 30 days standard (42 CFR 438.408(b)(2), (3));</item>
/// <item>external review: 72 hours expedited, 45 days standard (29 CFR 2590.715-2719(d)(2)(iv); 45 CFR 147.136(d)).</item>
/// </list>
/// </summary>
internal static class DecisionTimeframes
{
    /// <summary>The date CMS-0057-F's decision timeframes took effect for impacted payers.</summary>
    public static DateOnly Cms0057FEffective { get; } = new(2026, 1, 1);

    public static LetterParagraph? ForRequest(PreAuthCase @case)
    {
        var urgent = @case.ReviewType == ReviewType.Urgent;
        var sent = @case.SubmittedOn;
        switch (@case.Payer.PlanType)
        {
            case PlanType.MedicareAdvantage or PlanType.Medicaid or PlanType.AcaIndividual when sent >= Cms0057FEffective:
                return Paragraph(@case, urgent, 7, "a standard request", "CMS-0057-F (impacted payers, in force since 01/01/2026): "
                    + (@case.Payer.PlanType switch
                    {
                        PlanType.MedicareAdvantage => "42 CFR 422.568(b)(1), 422.572(a)",
                        PlanType.Medicaid => "42 CFR 438.210(d)",
                        _ => "45 CFR 156.223 (QHP issuers on the federally-facilitated exchanges)",
                    }));
            case PlanType.Erisa:
                return Paragraph(@case, urgent, 15, "a pre-service request", "29 CFR 2560.503-1(f)(2)(i) and (iii)(A)");
            default:
                return null;
        }
    }

    public static LetterParagraph? ForAppeal(PreAuthCase @case, Appeal appeal)
    {
        var expedited = appeal.Expedited;
        var post = appeal.DateOfService is not null;
        var plan = @case.Payer.PlanType;
        return appeal.Level switch
        {
            AppealLevel.MedicareRedetermination => Paragraph(@case, false, 60, "a redetermination", "42 CFR 405.950(a)"),
            AppealLevel.ExternalReview => Paragraph(@case, expedited, 45, "a standard external review", "29 CFR 2590.715-2719(d)(2)(iv); 45 CFR 147.136(d)", "after the reviewer receives the request"),
            _ when plan == PlanType.MedicareAdvantage => Paragraph(@case, expedited && !post, post ? 60 : 30, post ? "a payment reconsideration" : "a standard pre-service reconsideration", "42 CFR 422.590(a), (b) and (e)"),
            _ when plan == PlanType.Medicaid => Paragraph(@case, expedited, 30, "a standard appeal", "42 CFR 438.408(b)(2) and (3)"),
            _ when plan == PlanType.Medicare => null,
            _ => Paragraph(@case, expedited && !post, post ? 60 : 30, post ? "a post-service appeal" : "a pre-service appeal",
                plan == PlanType.Erisa ? "29 CFR 2560.503-1(i)(2)" : "45 CFR 147.136(b), incorporating 29 CFR 2560.503-1(i)(2)"),
        };
    }

    /// <summary>The date <paramref name="days"/> after <paramref name="date"/>, or null past the calendar's end (no paragraph rather than a crash).</summary>
    public static DateOnly? AddDays(DateOnly date, int days) => date.DayNumber <= DateOnly.MaxValue.DayNumber - days ? date.AddDays(days) : null;

    private static LetterParagraph? Paragraph(PreAuthCase @case, bool expedited, int days, string what, string citation, string from = "after receipt")
    {
        var sent = @case.SubmittedOn;
        if (AddDays(sent, Math.Max(days, 4)) is null)
        {
            return null;
        }

        var at = @case.SubmittedAt;
        string text;
        if (expedited)
        {
            var due = at is { } time
                ? $"{Formats.Date(DateOnly.FromDateTime(sent.ToDateTime(time).AddHours(72)))} at {Formats.Time(time)}"
                : Formats.Date(sent.AddDays(3));
            text = $"An expedited decision is due within 72 hours {from}: by {due}{(at is null ? "" : " (clinic local time)")} for this letter, sent {Formats.Date(sent)}{(at is { } t ? $" at {Formats.Time(t)}" : "")}.";
        }
        else
        {
            text = $"A decision on {what} is due within {Formats.Count(days)} calendar days {from}: by {Formats.Date(sent.AddDays(days))} for this letter, sent {Formats.Date(sent)}.";
        }

        return new LetterParagraph("decision-due", "When the decision is due", text, citation);
    }
}

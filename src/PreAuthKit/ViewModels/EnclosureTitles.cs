using PreAuthKit.Model;

namespace PreAuthKit.ViewModels;

/// <summary>Titles of the enclosures a letter lists, escaped for Markdown (document kinds pick which).</summary>
internal static class EnclosureTitles
{
    public static string DenialNotice(Appeal appeal) => $"Copy of the denial notice dated {Formats.Date(appeal.DenialDate)}";

    public static string Photographs(int count) => count == 1
        ? "Dated clinical photograph (1), see the photographic evidence section"
        : $"Dated clinical photographs ({count.ToString(System.Globalization.CultureInfo.InvariantCulture)}), see the photographic evidence section";

    /// <summary>
    /// What an appeal encloses before the case's own records: the determination the level answers
    /// (the final adverse determination for external review), the original denial notice where the
    /// level answers a later decision, the authorized-representative designation where one is needed,
    /// and the new evidence.
    /// </summary>
    public static List<string> ForAppeal(PreAuthCase @case, Appeal appeal, AppealRoute route)
    {
        var list = new List<string> { MarkdownText.Escape(route.DeterminationEnclosure) };
        if ((appeal.Level == AppealLevel.ExternalReview && appeal.FinalInternalDenialDate is not null) || appeal.Level == AppealLevel.SecondInternal)
        {
            list.Add(MarkdownText.Escape(DenialNotice(appeal)));
        }

        if (AppealRoute.NeedsRepresentativeDesignation(appeal, @case.Payer.PlanType) && !string.IsNullOrWhiteSpace(appeal.RepresentativeDesignation))
        {
            list.Add(MarkdownText.Escape(appeal.RepresentativeDesignation.Trim()));
        }

        list.AddRange(appeal.NewEvidence.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => MarkdownText.Escape(e)));
        return list;
    }

    /// <summary>The case's attachments and its photographs.</summary>
    public static List<string> ForCase(PreAuthCase @case)
    {
        var list = new List<string>();
        list.AddRange(@case.Attachments.Where(a => !string.IsNullOrWhiteSpace(a?.Title)).Select(a => MarkdownText.Escape(a.Title)));
        if (@case.Photos.Count > 0)
        {
            list.Add(MarkdownText.Escape(Photographs(@case.Photos.Count)));
        }

        return list;
    }
}

using PreAuthKit.Model;

namespace PreAuthKit.ViewModels;

/// <summary>Titles of the enclosures a letter lists, escaped for Markdown (document kinds pick which).</summary>
internal static class EnclosureTitles
{
    public static string DenialNotice(Appeal appeal) => $"Copy of the denial notice dated {Formats.Date(appeal.DenialDate)}";

    public static string Photographs(int count) => count == 1
        ? "Dated clinical photograph (1), see the photographic evidence section"
        : $"Dated clinical photographs ({count.ToString(System.Globalization.CultureInfo.InvariantCulture)}), see the photographic evidence section";

    /// <summary>The denial notice and the new evidence of an appeal.</summary>
    public static List<string> ForAppeal(Appeal appeal)
    {
        var list = new List<string> { MarkdownText.Escape(DenialNotice(appeal)) };
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

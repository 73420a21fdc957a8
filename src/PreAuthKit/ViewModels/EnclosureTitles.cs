using PreAuthKit.Model;

namespace PreAuthKit.ViewModels;

/// <summary>Titles of the enclosures the library itself lists (the rest come from the case).</summary>
internal static class EnclosureTitles
{
    public static string DenialNotice(Appeal appeal) => $"Copy of the denial notice dated {Formats.Date(appeal.DenialDate)}";

    public static string Photographs(int count) => count == 1
        ? "Dated clinical photograph (1), see the photographic evidence section"
        : $"Dated clinical photographs ({count.ToString(System.Globalization.CultureInfo.InvariantCulture)}), see the photographic evidence section";
}

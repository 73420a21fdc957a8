using PreAuthKit.Layout;

namespace PreAuthKit.Tests.Layout;

/// <summary>Questions tests ask of a laid-out document.</summary>
internal static class LayoutQueries
{
    public const double Descent = 0.212;

    public static IEnumerable<TextItem> Texts(this LayoutPage page) => page.Items.OfType<TextItem>();

    public static IEnumerable<TextItem> FurnitureTexts(this LayoutPage page) => page.Furniture.OfType<TextItem>();

    /// <summary>The page's content text, lines joined by newlines, segments of a line joined without separators.</summary>
    public static string ContentText(this LayoutPage page)
        => string.Join("\n", page.Texts().GroupBy(t => Math.Round(t.Baseline, 2)).OrderBy(g => g.Key).Select(g => string.Concat(g.OrderBy(t => t.X).Select(t => t.Text))));

    public static string AllContentText(this LayoutDocument document) => string.Join("\n", document.Pages.Select(p => p.ContentText()));

    public static double Top(this TextItem text) => text.Baseline - (text.Style.Size * LineBreaker.AscentRatio);

    public static double Bottom(this TextItem text) => text.Baseline + (text.Style.Size * Descent);

    public static bool IsHeading(this TextItem text) => text.Style.Bold && text.Style.Size > TextStyle.Body.Size;
}

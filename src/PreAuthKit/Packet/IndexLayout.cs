using System.Globalization;
using PreAuthKit.Layout;
using PreAuthKit.Pdf;

namespace PreAuthKit.Packet;

/// <summary>
/// Lays out the enclosure index: one row per enclosure (number, title wrapped to its column,
/// date, page range), as many index pages as the rows need. The page ranges are printed at a
/// fixed-width column, so the number of index pages follows from the titles alone and can be
/// known before the enclosures' page numbers are.
/// </summary>
internal static class IndexLayout
{
    public static readonly TextStyle Heading = new(EmbeddedFontResolver.Sans, 15, true, false);
    public static readonly TextStyle Body = new(EmbeddedFontResolver.Sans, 9.5, false, false);
    public static readonly TextStyle Header = new(EmbeddedFontResolver.Sans, 9.5, true, false);

    public const double NumberWidth = 32;
    public const double DateWidth = 72;
    public const double PagesWidth = 72;
    public const double LineHeight = 12.5;
    public const double RowGap = 4;
    public const double FirstRowsTop = 150;
    public const double NextRowsTop = 110;

    public static double TitleWidth(PacketGeometry geometry)
        => geometry.Width - (2 * PacketGeometry.SideMargin) - NumberWidth - DateWidth - PagesWidth - 12;

    /// <summary>The rows of each index page (at least one page, even with no enclosures).</summary>
    public static List<List<IndexRow>> Paginate(IReadOnlyList<PacketIndexEntry> entries, PacketGeometry geometry, TextMeasurer measurer)
    {
        var pages = new List<List<IndexRow>> { new() };
        var y = FirstRowsTop;
        var bottom = geometry.Height - 54;
        var missing = new HashSet<int>();
        foreach (var entry in entries)
        {
            var lines = TextWrap.Lines(measurer.Printable(entry.Title, Body, missing), TitleWidth(geometry), Body, measurer);
            var height = (lines.Count * LineHeight) + RowGap;
            if (y + height > bottom && pages[^1].Count > 0)
            {
                pages.Add([]);
                y = NextRowsTop;
            }

            pages[^1].Add(new IndexRow(entry, lines));
            y += height;
        }

        return pages;
    }

    public static string Range(int first, int last)
        => first == last
            ? first.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{first}\u2013{last}");

    public static string Date(DateOnly? date)
        => date is { } d ? d.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) : "not dated";
}

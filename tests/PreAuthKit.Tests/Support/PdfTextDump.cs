using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PreAuthKit.Tests.Support;

/// <summary>
/// A stable text dump of a PDF for snapshot approval, of meaning rather than coordinates (as
/// Verify.PdfPig does): page count, then for each page its size and every line of text in reading
/// order with its font (subset tag removed) and size. Positions are left to the targeted geometry
/// tests, so a change that only moves text does not rewrite every snapshot.
/// </summary>
internal static class PdfTextDump
{
    public static string Dump(ReadOnlySpan<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf.ToArray());
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"pages: {document.NumberOfPages}\n");
        foreach (var page in document.GetPages())
        {
            text.Append(CultureInfo.InvariantCulture, $"\n--- page {page.Number} ({page.Width:0.#} x {page.Height:0.#})\n");
            foreach (var line in Lines(page))
            {
                text.Append(CultureInfo.InvariantCulture, $"{line.Font} {line.Size:0.#}: {line.Text}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>All text of all pages, one line per visual line (top to bottom).</summary>
    public static IReadOnlyList<string> TextLines(ReadOnlySpan<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf.ToArray());
        return document.GetPages().SelectMany(p => Lines(p).Select(l => l.Text)).ToList();
    }

    public sealed record TextLine(double X, double Y, string Font, double Size, string Text);

    /// <summary>Words grouped into lines by baseline (top of page first), runs of one font kept apart.</summary>
    public static IReadOnlyList<TextLine> Lines(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var lines = new List<TextLine>();
        foreach (var group in letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 0)).OrderByDescending(g => g.Key))
        {
            var ordered = group.OrderBy(l => l.StartBaseLine.X).ToList();
            var current = new StringBuilder();
            Letter? first = null;
            Letter? previous = null;
            void Flush()
            {
                if (first is not null)
                {
                    lines.Add(new TextLine(first.StartBaseLine.X, page.Height - first.StartBaseLine.Y, FontName(first.FontName), Math.Round(first.PointSize, 1), current.ToString()));
                }

                current.Clear();
                first = null;
            }

            foreach (var letter in ordered)
            {
                if (previous is not null && first is not null)
                {
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    if (FontName(letter.FontName) != FontName(first.FontName) || gap > letter.PointSize * 2.5)
                    {
                        Flush();
                    }
                    else if (gap > letter.PointSize * 0.15)
                    {
                        current.Append(' ');
                    }
                }

                first ??= letter;
                current.Append(letter.Value);
                previous = letter;
            }

            Flush();
        }

        return lines;
    }

    private static string FontName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "?";
        }

        var plus = name.IndexOf('+', StringComparison.Ordinal);
        return plus == 6 ? name[(plus + 1)..] : name;
    }
}

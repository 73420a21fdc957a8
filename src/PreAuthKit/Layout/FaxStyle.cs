using System.Text.RegularExpressions;
using PreAuthKit.Layout.Blocks;
using PreAuthKit.Pdf;

namespace PreAuthKit.Layout;

/// <summary>
/// The fax-friendly option's text rule: every code-like token (letters and digits with at least one
/// digit, four characters or more: ICD-10-CM and CPT/HCPCS codes, member and group IDs, NPIs, claim
/// and case numbers, dates, phone numbers) is split into a run of its own set in upright, regular
/// Liberation Sans at <see cref="CodeSize"/> points, whatever the surrounding style. The face and
/// size were chosen by measurement, not by rule (docs/pdf.md, "Fax"): each sample's pages were
/// rasterised with Ghostscript's tiffg3 device at 204x196 dpi and read with Debian's tesseract 5.
/// At the body's 10.5 pt, "Z85.820" came back as "285.820"; Liberation Mono 10-13 pt and bold or
/// serif faces at 11-12 pt each lost at least one code ("285.820", "T21.22xS", "L91.6"); 10 pt
/// regular sans recovered every code. Tesseract's reading is not monotonic in size, so this is a
/// measured setting that <c>FaxTests</c> re-checks on every sample, not a guarantee.
/// </summary>
internal static partial class FaxStyle
{
    public const double CodeSize = 10;

    public static IReadOnlyList<ContentBlock> Apply(IReadOnlyList<ContentBlock> blocks) => blocks.Select(Apply).ToList();

    private static ContentBlock Apply(ContentBlock block) => block switch
    {
        HeadingContent heading => heading with { Runs = Runs(heading.Runs) },
        ParagraphContent paragraph => paragraph with { Runs = Runs(paragraph.Runs) },
        ListContent list => list with { Items = list.Items.Select(i => i with { Children = Apply(i.Children) }).ToList() },
        TableContent table => table with { Header = table.Header is null ? null : Row(table.Header), Rows = table.Rows.Select(Row).ToList() },
        QuoteContent quote => quote with { Children = Apply(quote.Children) },
        KeepTogetherContent keep => keep with { Children = Apply(keep.Children) },
        SignatureContent signature => signature with { Children = Apply(signature.Children) },
        ImageContent image => image with { Caption = Runs(image.Caption) },
        PhotoGridContent grid => grid with { Images = grid.Images.Select(i => i with { Caption = Runs(i.Caption) }).ToList() },
        _ => block,
    };

    private static TableRowContent Row(TableRowContent row) => row with { Cells = row.Cells.Select(Runs).ToList() };

    /// <summary>The runs with each code-like token split out into a run of its own in the code face.</summary>
    public static IReadOnlyList<InlineRun> Runs(IReadOnlyList<InlineRun> runs)
    {
        var result = new List<InlineRun>(runs.Count);
        foreach (var run in runs)
        {
            var at = 0;
            foreach (Match match in CodeToken().Matches(run.Text))
            {
                if (match.Index > at)
                {
                    result.Add(run with { Text = run.Text[at..match.Index] });
                }

                result.Add(run with { Text = match.Value, Style = Code(run.Style) });
                at = match.Index + match.Length;
            }

            if (at < run.Text.Length)
            {
                result.Add(at == 0 ? run : run with { Text = run.Text[at..] });
            }
        }

        return result;
    }

    /// <summary>The code face for a run of the given style.</summary>
    public static TextStyle Code(TextStyle style) => style with { Family = EmbeddedFontResolver.Sans, Bold = false, Italic = false, Size = CodeSize };

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?=[\p{L}\p{N}.\-/]*\p{N})[\p{L}\p{N}](?:[\p{L}\p{N}.\-/]*[\p{L}\p{N}])?(?![\p{L}\p{N}])")]
    private static partial Regex CodeToken();
}

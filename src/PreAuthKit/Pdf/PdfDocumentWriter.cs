using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using PreAuthKit.Layout;
using PreAuthKit.Layout.Images;

namespace PreAuthKit.Pdf;

/// <summary>
/// Draws a <see cref="LayoutDocument"/> with PDFsharp and saves it deterministically: fixed dates,
/// a trailer ID derived from the content, and PDFsharp's random tokens rewritten from a hash.
/// </summary>
internal static class PdfDocumentWriter
{
    /// <summary>PDFsharp's <see cref="XStringFormats.BaseLineLeft"/> builds a new format at every call; it is never changed, so one serves every line.</summary>
    private static readonly XStringFormat BaseLineLeft = XStringFormats.BaseLineLeft;

    public static byte[] Write(LayoutDocument layout, PdfMetadata metadata, TextMeasurer measurer, PdfFlateEncodeMode flateMode = PdfFlateEncodeMode.BestSpeed, PdfOutputOptions? options = null)
    {
        options ??= PdfOutputOptions.Default;
        var saved = PdfScratch.Rent(ref PdfScratch.Saved, 256 * 1024);
        try
        {
            var fingerprint = Compose(layout, metadata, measurer, options, saved);
            var bytes = PdfFinisher.Finish(saved.GetBuffer().AsSpan(0, (int)saved.Length), Level(flateMode), options.Archival);
            DeterministicTokens.Rewrite(bytes, fingerprint);
            return bytes;
        }
        finally
        {
            PdfScratch.Return(ref PdfScratch.Saved, saved);
        }
    }

    /// <summary>PDFsharp's drawing and its uncompressed save into <paramref name="output"/>, before <see cref="PdfFinisher"/>; returns the fingerprint that seeds the tokens (separate for the benchmarks' breakdown).</summary>
    internal static byte[] Compose(LayoutDocument layout, PdfMetadata metadata, TextMeasurer measurer, PdfOutputOptions options, MemoryStream output)
    {
        EmbeddedFontResolver.EnsureInstalled();
        ReflectionCacheAnchor.EnsureAnchored();
        using var document = new PdfDocument();
        // PDFsharp's own Flate streams lack the zlib Adler-32 trailer: it writes every stream plain,
        // and PdfFinisher compresses them into complete zlib streams.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        document.Info.Title = metadata.Title;
        document.Info.Subject = metadata.Subject;
        document.Info.Creator = "PreAuthKit";
        document.Info.CreationDate = metadata.CreatedAt.UtcDateTime;
        document.Info.ModificationDate = metadata.CreatedAt.UtcDateTime;
        document.PageLayout = PdfPageLayout.SinglePage;

        // Tagged PDF (PDF/UA-1): PDFsharp's UAManager writes MarkInfo, the structure tree, the parent
        // tree and /DisplayDocTitle; it must exist before the first page is added.
        var tagger = new StructureTagger(UAManager.ForDocument(document).StructureBuilder);
        document.Language = metadata.Language;

        var fingerprint = LayoutFingerprint.Compute(layout, metadata);
        if (options != PdfOutputOptions.Default)
        {
            fingerprint = System.Security.Cryptography.SHA256.HashData([.. fingerprint, (byte)(options.Archival ? 1 : 0), (byte)(options.Fax ? 1 : 0)]);
        }

        var id = Encoding.Latin1.GetString(fingerprint, 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var pages = new List<PdfPage>(layout.Pages.Count);
        var images = new Dictionary<ImageData, XImage>(ReferenceEqualityComparer.Instance);
        try
        {
            foreach (var layoutPage in layout.Pages)
            {
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(layout.Page.Width);
                page.Height = XUnit.FromPoint(layout.Page.Height);
                pages.Add(page);
                using var graphics = XGraphics.FromPdfPage(page);

                DrawPage(graphics, tagger, layout.Page, layoutPage, measurer, images, options.Fax);
                tagger.EndPage();
            }

            tagger.EndDocument();

            AddOutline(document, pages, layout.Outline);
            if (options.Archival)
            {
                OutputIntent.Add(document);
            }

            document.Save(output, closeStream: false);
            return fingerprint;
        }
        finally
        {
            foreach (var image in images.Values)
            {
                image.Dispose();
            }
        }
    }

    private static System.IO.Compression.CompressionLevel Level(PdfFlateEncodeMode mode) => mode switch
    {
        PdfFlateEncodeMode.BestSpeed => System.IO.Compression.CompressionLevel.Fastest,
        PdfFlateEncodeMode.BestCompression => System.IO.Compression.CompressionLevel.SmallestSize,
        _ => System.IO.Compression.CompressionLevel.Optimal,
    };

    /// <summary>
    /// Draws one laid-out page with its tags. Reading order: what sits above the content area
    /// (letterhead, running header), the content, then the footer; furniture is drawn as artifacts.
    /// Also used by the submission packet, which draws the letter's pages into its own document.
    /// </summary>
    internal static void DrawPage(XGraphics graphics, StructureTagger tagger, PageSetup page, LayoutPage layoutPage, TextMeasurer measurer, Dictionary<ImageData, XImage> images, bool fax)
    {
        var footerTop = page.ContentBottom;
        Draw(graphics, tagger, layoutPage.Furniture.Where(i => !Below(i, footerTop)), measurer, images, artifact: true, fax);
        Draw(graphics, tagger, layoutPage.Items, measurer, images, artifact: false, fax);
        Draw(graphics, tagger, layoutPage.Furniture.Where(i => Below(i, footerTop)), measurer, images, artifact: true, fax);
    }

    private static bool Below(LayoutItem item, double y) => item switch
    {
        TextItem text => text.Baseline > y,
        RuleItem rule => rule.Y1 > y,
        BoxItem box => box.Y > y,
        ImageItem picture => picture.Y > y,
        _ => false,
    };

    private static void Draw(XGraphics graphics, StructureTagger tagger, IEnumerable<LayoutItem> items, TextMeasurer measurer, Dictionary<ImageData, XImage> images, bool artifact, bool fax)
    {
        XPen? pen = null;
        XSolidBrush? brush = null;
        var list = items as IReadOnlyList<LayoutItem> ?? items.ToList();
        for (var index = 0; index < list.Count; index++)
        {
            var item = list[index];
            tagger.Before(
                artifact ? null : item.Structure,
                item is ImageItem p ? new XRect(p.X, p.Y, p.Width, p.Height) : default);
            switch (item)
            {
                case TextItem text:
                    graphics.DrawString(WithWordEnd(text, list, index), measurer.Font(text.Style), XBrushes.Black, text.X, text.Baseline, BaseLineLeft);
                    break;
                case RuleItem rule:
                    graphics.DrawLine(Pen(ref pen, rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
                    break;
                case BoxItem box:
                    var stroke = box.Thickness > 0 ? Pen(ref pen, box.Thickness) : null;
                    // Fax: a light grey fill becomes stipple behind the text on a 1-bit fax, so it is dropped;
                    // a dark one (the quotation bar) is drawn solid black.
                    var fill = fax && box.Fill is { } g ? (g >= 0.5 ? (double?)null : 0) : box.Fill;
                    if (fill is { } grey)
                    {
                        var level = (byte)Math.Round(Math.Clamp(grey, 0, 1) * 255);
                        var color = XColor.FromArgb(level, level, level);
                        if (brush is null || brush.Color != color)
                        {
                            brush = new XSolidBrush(color);
                        }

                        graphics.DrawRectangle(stroke, brush, box.X, box.Y, box.Width, box.Height);
                    }
                    else if (stroke is not null)
                    {
                        graphics.DrawRectangle(stroke, box.X, box.Y, box.Width, box.Height);
                    }

                    break;
                case ImageItem picture:
                    if (!images.TryGetValue(picture.Image, out var image))
                    {
                        var bytes = fax ? FaxPhoto.Convert(picture.Image) : picture.Image.Bytes.ToArray();
                        image = XImage.FromStream(new MemoryStream(bytes, writable: false));
                        images[picture.Image] = image;
                    }

                    graphics.DrawImage(image, picture.X, picture.Y, picture.Width, picture.Height);
                    break;
            }
        }
    }

    /// <summary>
    /// The text to draw for an item. A line's last run gets a trailing space when the same element goes
    /// on (on the next line, or in the next table cell, list label or paragraph), so that readers that
    /// follow the content (structure text, screen readers, pypdf, pdfminer) see a word boundary where
    /// the line wrapped or the cell ended: "of the", not "ofthe"; "MD 1234567893", not "MD1234567893".
    /// The space is past the measured width: nothing moves. Not after a hyphen or slash the line broke at.
    /// </summary>
    private static string WithWordEnd(TextItem text, IReadOnlyList<LayoutItem> items, int index)
    {
        if (text.Text.Length == 0 || char.IsWhiteSpace(text.Text[^1]))
        {
            return text.Text;
        }

        var next = index + 1 < items.Count ? items[index + 1] as TextItem : null;
        var sameLine = next is not null && ReferenceEquals(next.Structure, text.Structure) && Math.Abs(next.Baseline - text.Baseline) < 0.01;
        if (sameLine)
        {
            return text.Text;
        }

        var sameElementNextLine = next is not null && ReferenceEquals(next.Structure, text.Structure);
        if (sameElementNextLine && text.Text[^1] is '-' or '/' or '\u2010' or '\u2013' or '\u2014')
        {
            return text.Text;
        }

        return text.Text + " ";
    }

    private static XPen Pen(ref XPen? pen, double thickness)
    {
        if (pen is null || Math.Abs(pen.Width - thickness) > 0.0001)
        {
            pen = new XPen(XColors.Black, thickness);
        }

        return pen;
    }

    private static void AddOutline(PdfDocument document, List<PdfPage> pages, IReadOnlyList<OutlineEntry> outline)
    {
        var parents = new PdfOutlineCollection?[4];
        parents[1] = document.Outlines;
        foreach (var entry in outline)
        {
            var level = Math.Clamp(entry.Level, 1, 3);
            var collection = parents[level];
            for (var l = level - 1; collection is null && l >= 1; l--)
            {
                collection = parents[l];
            }

            var added = collection!.Add(entry.Title, pages[entry.PageNumber - 1], true);
            for (var l = level + 1; l < parents.Length; l++)
            {
                parents[l] = null;
            }

            if (level + 1 < parents.Length)
            {
                parents[level + 1] = added.Outlines;
            }
        }
    }
}

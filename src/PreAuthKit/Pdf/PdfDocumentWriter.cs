using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PreAuthKit.Layout;
using PreAuthKit.Layout.Images;

namespace PreAuthKit.Pdf;

/// <summary>
/// Draws a <see cref="LayoutDocument"/> with PDFsharp and saves it deterministically: fixed dates,
/// a trailer ID derived from the content, and PDFsharp's random tokens rewritten from a hash.
/// </summary>
internal static class PdfDocumentWriter
{
    public static byte[] Write(LayoutDocument layout, PdfMetadata metadata, TextMeasurer measurer, PdfFlateEncodeMode flateMode = PdfFlateEncodeMode.BestSpeed)
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
        document.Language = metadata.Language;
        document.PageLayout = PdfPageLayout.SinglePage;

        var fingerprint = LayoutFingerprint.Compute(layout, metadata);
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
                Draw(graphics, layoutPage.Furniture, measurer, images);
                Draw(graphics, layoutPage.Items, measurer, images);
            }

            AddOutline(document, pages, layout.Outline);

            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            var bytes = PdfFinisher.Finish(output.ToArray(), Level(flateMode));
            DeterministicTokens.Rewrite(bytes, fingerprint);
            return bytes;
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

    private static void Draw(XGraphics graphics, IReadOnlyList<LayoutItem> items, TextMeasurer measurer, Dictionary<ImageData, XImage> images)
    {
        XPen? pen = null;
        XSolidBrush? brush = null;
        foreach (var item in items)
        {
            switch (item)
            {
                case TextItem text:
                    graphics.DrawString(text.Text, measurer.Font(text.Style), XBrushes.Black, text.X, text.Baseline, XStringFormats.BaseLineLeft);
                    break;
                case RuleItem rule:
                    graphics.DrawLine(Pen(ref pen, rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
                    break;
                case BoxItem box:
                    var stroke = box.Thickness > 0 ? Pen(ref pen, box.Thickness) : null;
                    if (box.Fill is { } grey)
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
                        image = XImage.FromStream(new MemoryStream(picture.Image.Bytes.ToArray(), writable: false));
                        images[picture.Image] = image;
                    }

                    graphics.DrawImage(image, picture.X, picture.Y, picture.Width, picture.Height);
                    break;
            }
        }
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

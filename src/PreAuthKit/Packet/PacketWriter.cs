using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PreAuthKit.Layout;
using PreAuthKit.Pdf;

namespace PreAuthKit.Packet;

/// <summary>
/// Draws one part of a packet with PDFsharp: the cover sheet and index drawn directly, the
/// letter and PDF enclosures placed as form XObjects (their content streams, fonts and text
/// layer kept as they are), image enclosures as JPEGs, and the margin stamp on every page.
/// Identical sources are embedded once per part: one form per PDF file (PDFsharp imports its
/// fonts and images once), one image per identical JPEG. Finished like letters
/// (<see cref="PdfFinisher"/>: complete zlib streams, imported ones recompressed) and saved
/// deterministically: fixed dates, a trailer ID and PDFsharp's random tokens derived from the seed.
/// </summary>
internal static class PacketWriter
{
    private static readonly TextStyle StampStyle = new(EmbeddedFontResolver.Sans, 7, false, false);
    private static readonly TextStyle CoverTitle = new(EmbeddedFontResolver.Sans, 30, true, false);
    private static readonly TextStyle CoverSubtitle = new(EmbeddedFontResolver.Sans, 13, false, false);
    private static readonly TextStyle CoverLabel = new(EmbeddedFontResolver.Sans, 11, true, false);
    private static readonly TextStyle CoverValue = new(EmbeddedFontResolver.Sans, 11, false, false);
    private static readonly TextStyle Notice = new(EmbeddedFontResolver.Sans, 9, false, false);
    private static readonly TextStyle NoticeHeading = new(EmbeddedFontResolver.Sans, 9, true, false);

    public const string ConfidentialityNotice =
        "This transmission contains protected health information that is confidential under federal and state law " +
        "(HIPAA Privacy Rule, 45 CFR Parts 160 and 164). It is intended only for the recipient named above, for the " +
        "review of the request it carries. If you are not the intended recipient, do not read, copy or pass on any page: " +
        "notify the sender by telephone at once and destroy every page you received.";

    public static byte[] Write(PacketPartRequest request, PacketGeometry geometry, TextMeasurer measurer)
    {
        EmbeddedFontResolver.EnsureInstalled();
        ReflectionCacheAnchor.EnsureAnchored();
        using var document = new PdfDocument();
        // As for letters: PDFsharp writes every stream uncompressed and PdfFinisher compresses each
        // into a complete zlib stream (imported Flate streams are inflated and compressed again).
        document.Options.CompressContentStreams = false;
        document.Info.Title = request.Metadata.Title;
        document.Info.Subject = request.Metadata.Subject;
        document.Info.Creator = "PreAuthKit";
        document.Info.CreationDate = request.Metadata.CreatedAt.UtcDateTime;
        document.Info.ModificationDate = request.Metadata.CreatedAt.UtcDateTime;
        document.Language = request.Metadata.Language;
        document.PageLayout = PdfPageLayout.SinglePage;
        var id = Encoding.Latin1.GetString(request.Seed, 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var forms = new Dictionary<string, XPdfForm>(StringComparer.Ordinal);
        var images = new Dictionary<string, XImage>(StringComparer.Ordinal);
        var pdfPages = new Dictionary<int, PdfPage>();
        try
        {
            foreach (var packetPage in request.Pages)
            {
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(geometry.Width);
                page.Height = XUnit.FromPoint(geometry.Height);
                pdfPages[packetPage.Number] = page;
                using var graphics = XGraphics.FromPdfPage(page);
                switch (packetPage.Kind)
                {
                    case PacketPageKind.Cover:
                        DrawCover(graphics, request.Cover!, request.TotalPages, request.Parts, geometry, measurer);
                        break;
                    case PacketPageKind.Index:
                        DrawIndex(graphics, request.IndexPages[packetPage.IndexPage], packetPage.IndexPage, request.IndexSummary, geometry, measurer);
                        break;
                    case PacketPageKind.Letter or PacketPageKind.Enclosure:
                        DrawContent(graphics, packetPage, geometry, forms, images);
                        break;
                }

                DrawStamp(graphics, request.Stamp, PacketStamp.Position(packetPage.Number, request.TotalPages, request.Part, request.Parts), geometry, measurer);
            }

            AddOutline(document, pdfPages, request.Outline);
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            var bytes = PdfFinisher.Finish(output.ToArray(), System.IO.Compression.CompressionLevel.SmallestSize);
            DeterministicTokens.Rewrite(bytes, request.Seed);
            return bytes;
        }
        finally
        {
            foreach (var image in images.Values)
            {
                image.Dispose();
            }

            foreach (var form in forms.Values)
            {
                form.Dispose();
            }
        }
    }

    private static void DrawContent(XGraphics graphics, PacketPage packetPage, PacketGeometry geometry, Dictionary<string, XPdfForm> forms, Dictionary<string, XImage> images)
    {
        switch (packetPage.Content)
        {
            case PdfAttachmentPage pdf:
                if (!forms.TryGetValue(pdf.Source.Key, out var form))
                {
                    form = XPdfForm.FromStream(new MemoryStream(pdf.Source.Bytes, writable: false));
                    forms[pdf.Source.Key] = form;
                }

                form.PageNumber = pdf.PageNumber;

                // The letter is ours and leaves the stamp band free: it keeps its size. Everything
                // else is scaled (never enlarged) into the area below the band.
                var area = packetPage.Kind == PacketPageKind.Letter && SameSize(pdf, geometry)
                    ? (0.0, 0.0, geometry.Width, geometry.Height)
                    : PacketGeometry.Fit(pdf.Width, pdf.Height, geometry.ImportArea);
                DrawForm(graphics, form, pdf, area);
                break;
            case ImageAttachmentPage picture:
                if (!images.TryGetValue(picture.Image.Key, out var image))
                {
                    image = XImage.FromStream(new MemoryStream(picture.Image.Jpeg, writable: false));
                    images[picture.Image.Key] = image;
                }

                var box = geometry.ImageArea;
                var scale = Math.Min(box.Width / picture.Image.PixelWidth, box.Height / picture.Image.PixelHeight);
                var w = picture.Image.PixelWidth * scale;
                var h = picture.Image.PixelHeight * scale;
                graphics.DrawImage(image, box.X + ((box.Width - w) / 2), box.Y, w, h);
                break;
        }
    }

    /// <summary>
    /// Draws a form so that its upright (rotation applied) appearance fills <paramref name="area"/>.
    /// For a page with <c>/Rotate</c> 90 or 270 PDFsharp's form matrix turns the content upright
    /// and leaves it at the form's origin (the bottom-left of the unrotated box), so the box is
    /// drawn with its bottom edge on the area's bottom edge.
    /// </summary>
    private static void DrawForm(XGraphics graphics, XPdfForm form, PdfAttachmentPage page, (double X, double Y, double Width, double Height) area)
    {
        var scale = area.Width / page.Width;
        var width = form.PointWidth * scale;
        var height = form.PointHeight * scale;
        graphics.DrawImage(form, area.X, area.Y + area.Height - height, width, height);
    }

    private static bool SameSize(PdfAttachmentPage page, PacketGeometry geometry)
        => Math.Abs(page.Width - geometry.Width) < 0.5 && Math.Abs(page.Height - geometry.Height) < 0.5;

    private static void DrawStamp(XGraphics graphics, PacketStamp stamp, string position, PacketGeometry geometry, TextMeasurer measurer)
    {
        var missing = new HashSet<int>();
        var identity = measurer.Printable(stamp.Identity, StampStyle, missing);
        var available = geometry.Width - (2 * PacketGeometry.SideMargin);
        var style = StampStyle;
        var identityWidth = measurer.Width(identity, style);
        var positionWidth = measurer.Width(position, style);
        if (identityWidth + positionWidth + 18 <= available)
        {
            graphics.DrawString(identity, measurer.Font(style), XBrushes.Black, PacketGeometry.SideMargin, PacketGeometry.StampBaseline, XStringFormats.BaseLineLeft);
            graphics.DrawString(position, measurer.Font(style), XBrushes.Black, geometry.Width - PacketGeometry.SideMargin - positionWidth, PacketGeometry.StampBaseline, XStringFormats.BaseLineLeft);
        }
        else
        {
            // Long names: two lines, shrunk until the identity fits; nothing is cut off.
            style = style.WithSize(Math.Min(6, 6 * available / Math.Max(identityWidth * 6 / StampStyle.Size, 1)));
            positionWidth = measurer.Width(position, style);
            graphics.DrawString(identity, measurer.Font(style), XBrushes.Black, PacketGeometry.SideMargin, 9, XStringFormats.BaseLineLeft);
            graphics.DrawString(position, measurer.Font(style), XBrushes.Black, geometry.Width - PacketGeometry.SideMargin - positionWidth, 17, XStringFormats.BaseLineLeft);
        }

        graphics.DrawLine(new XPen(XColors.Black, 0.4), PacketGeometry.SideMargin, PacketGeometry.StampBand - 3, geometry.Width - PacketGeometry.SideMargin, PacketGeometry.StampBand - 3);
    }

    private static void DrawCover(XGraphics graphics, FaxCover cover, int totalPages, int parts, PacketGeometry geometry, TextMeasurer measurer)
    {
        var left = PacketGeometry.SideMargin + 18;
        var width = geometry.Width - (2 * left);
        var missing = new HashSet<int>();
        graphics.DrawString("FAX", measurer.Font(CoverTitle), XBrushes.Black, left, 96, XStringFormats.BaseLineLeft);
        graphics.DrawString(measurer.Printable(cover.Subject, CoverSubtitle, missing), measurer.Font(CoverSubtitle), XBrushes.Black, left, 120, XStringFormats.BaseLineLeft);
        graphics.DrawLine(new XPen(XColors.Black, 1), left, 134, left + width, 134);

        var pages = parts > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{totalPages}, including this cover sheet, sent in {parts} parts (each page says its part)")
            : string.Create(CultureInfo.InvariantCulture, $"{totalPages}, including this cover sheet");
        (string Label, string? Value)[] rows =
        [
            ("To", cover.To),
            ("Fax", cover.ToFax),
            ("Phone", cover.ToPhone),
            ("", null),
            ("From", cover.From),
            ("Fax", cover.FromFax),
            ("Phone", cover.FromPhone),
            ("", null),
            ("Date", cover.Date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)),
            ("Pages", pages),
            ("Reference", cover.Reference),
        ];

        var y = 164.0;
        var valueX = left + 90;
        foreach (var (label, value) in rows)
        {
            if (label.Length == 0)
            {
                y += 8;
                continue;
            }

            if (value is null)
            {
                continue;
            }

            graphics.DrawString(label, measurer.Font(CoverLabel), XBrushes.Black, left, y, XStringFormats.BaseLineLeft);
            foreach (var line in TextWrap.Lines(measurer.Printable(value, CoverValue, missing), width - 90, CoverValue, measurer))
            {
                graphics.DrawString(line, measurer.Font(CoverValue), XBrushes.Black, valueX, y, XStringFormats.BaseLineLeft);
                y += 16;
            }

            y += 4;
        }

        y = Math.Max(y + 24, geometry.Height - 190);
        graphics.DrawRectangle(new XPen(XColors.Black, 0.8), left - 8, y - 16, width + 16, 120);
        graphics.DrawString("CONFIDENTIALITY NOTICE", measurer.Font(NoticeHeading), XBrushes.Black, left, y, XStringFormats.BaseLineLeft);
        y += 14;
        foreach (var line in TextWrap.Lines(ConfidentialityNotice, width, Notice, measurer))
        {
            graphics.DrawString(line, measurer.Font(Notice), XBrushes.Black, left, y, XStringFormats.BaseLineLeft);
            y += 12;
        }
    }

    private static void DrawIndex(XGraphics graphics, List<IndexRow> rows, int indexPage, string summary, PacketGeometry geometry, TextMeasurer measurer)
    {
        var left = PacketGeometry.SideMargin + 18;
        var width = geometry.Width - (2 * left);
        graphics.DrawString(indexPage == 0 ? "Enclosure index" : "Enclosure index (continued)", measurer.Font(IndexLayout.Heading), XBrushes.Black, left, 70, XStringFormats.BaseLineLeft);
        var y = 92.0;
        if (indexPage == 0)
        {
            foreach (var line in TextWrap.Lines(summary, width, IndexLayout.Body, measurer))
            {
                graphics.DrawString(line, measurer.Font(IndexLayout.Body), XBrushes.Black, left, y, XStringFormats.BaseLineLeft);
                y += IndexLayout.LineHeight;
            }
        }

        var headerY = (indexPage == 0 ? IndexLayout.FirstRowsTop : IndexLayout.NextRowsTop) - 12;
        var titleX = left + IndexLayout.NumberWidth;
        var dateX = left + width - IndexLayout.PagesWidth - IndexLayout.DateWidth;
        var pagesX = left + width - IndexLayout.PagesWidth;
        var header = measurer.Font(IndexLayout.Header);
        graphics.DrawString("No.", header, XBrushes.Black, left, headerY, XStringFormats.BaseLineLeft);
        graphics.DrawString("Enclosure", header, XBrushes.Black, titleX, headerY, XStringFormats.BaseLineLeft);
        graphics.DrawString("Date", header, XBrushes.Black, dateX, headerY, XStringFormats.BaseLineLeft);
        graphics.DrawString("Pages", header, XBrushes.Black, pagesX, headerY, XStringFormats.BaseLineLeft);
        graphics.DrawLine(new XPen(XColors.Black, 0.6), left, headerY + 4, left + width, headerY + 4);

        var body = measurer.Font(IndexLayout.Body);
        y = (indexPage == 0 ? IndexLayout.FirstRowsTop : IndexLayout.NextRowsTop) + 6;
        foreach (var row in rows)
        {
            var entry = row.Entry;
            graphics.DrawString(entry.Number.ToString(CultureInfo.InvariantCulture), body, XBrushes.Black, left, y, XStringFormats.BaseLineLeft);
            graphics.DrawString(IndexLayout.Date(entry.Date), body, XBrushes.Black, dateX, y, XStringFormats.BaseLineLeft);
            graphics.DrawString(IndexLayout.Range(entry.FirstPage, entry.LastPage), body, XBrushes.Black, pagesX, y, XStringFormats.BaseLineLeft);
            foreach (var line in row.TitleLines)
            {
                graphics.DrawString(line, body, XBrushes.Black, titleX, y, XStringFormats.BaseLineLeft);
                y += IndexLayout.LineHeight;
            }

            y += IndexLayout.RowGap;
        }
    }

    private static void AddOutline(PdfDocument document, Dictionary<int, PdfPage> pages, IReadOnlyList<(string Title, int Page, int Level)> outline)
    {
        PdfOutline? parent = null;
        foreach (var (title, page, level) in outline)
        {
            if (!pages.TryGetValue(page, out var target))
            {
                if (level <= 1)
                {
                    parent = null;
                }

                continue;
            }

            if (level <= 1 || parent is null)
            {
                var added = document.Outlines.Add(title, target, true);
                if (level <= 1)
                {
                    parent = added;
                }
            }
            else
            {
                parent.Outlines.Add(title, target, true);
            }
        }
    }

    /// <summary>The seed for a part: a SHA-256 over what the part is made of.</summary>
    public static byte[] Seed(string content) => SHA256.HashData(Encoding.UTF8.GetBytes(content));
}

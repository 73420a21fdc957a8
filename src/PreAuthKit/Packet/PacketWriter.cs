using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
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
    private static readonly TextStyle PartHeading = new(EmbeddedFontResolver.Sans, 10, true, false);
    private static readonly TextStyle PartDetail = new(EmbeddedFontResolver.Sans, 8, false, false);

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
        document.PageLayout = PdfPageLayout.SinglePage;

        // Tagged like the letters (UAManager: MarkInfo, structure tree, parent tree); before the first page.
        var builder = UAManager.ForDocument(document).StructureBuilder;
        var tagger = new PacketTagger(builder);
        var letterTagger = new StructureTagger(builder);
        var letterImages = new Dictionary<Layout.Images.ImageData, XImage>(ReferenceEqualityComparer.Instance);
        document.Language = request.Metadata.Language;
        var id = Encoding.Latin1.GetString(request.Seed, 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var forms = new Dictionary<string, XPdfForm>(StringComparer.Ordinal);
        var images = new Dictionary<string, XImage>(StringComparer.Ordinal);
        var pdfPages = new Dictionary<int, PdfPage>();
        try
        {
            for (var position = 0; position < request.Pages.Count; position++)
            {
                var packetPage = request.Pages[position];
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(geometry.Width);
                page.Height = XUnit.FromPoint(geometry.Height);
                pdfPages[packetPage.Number] = page;
                using var graphics = XGraphics.FromPdfPage(page);

                // A split packet's parts each open with a header under the stamp: which part, which pages, the reference.
                var headed = request.Parts > 1 && position == 0;
                var top = headed ? PacketGeometry.StampBand + PacketGeometry.PartHeaderBand : PacketGeometry.StampBand;
                // Reading order: the stamp (an artifact), the part header, then the page's content.
                tagger.Artifact(() => DrawStamp(graphics, request.Stamp, PacketStamp.Position(packetPage.Number, request.TotalPages, request.Part, request.Parts), geometry, measurer));
                tagger.Section((packetPage.Kind, packetPage.AttachmentIndex));
                if (headed)
                {
                    tagger.Block(PdfBlockLevelElementTag.Paragraph, () => DrawPartHeader(graphics, request, geometry, measurer));
                }

                switch (packetPage.Kind)
                {
                    case PacketPageKind.Cover:
                        DrawCover(graphics, tagger, request.Cover!, request.TotalPages, request.Parts, geometry, measurer);
                        break;
                    case PacketPageKind.Index:
                        DrawIndex(graphics, tagger, request.IndexPages[packetPage.IndexPage], packetPage.IndexPage, request.IndexSummary, geometry, measurer);
                        break;
                    case PacketPageKind.Letter when packetPage.Content is LetterPage letterPage:
                        DrawLetter(graphics, letterTagger, request, letterPage, geometry, top, measurer, letterImages);
                        letterTagger.EndPage();
                        break;
                    case PacketPageKind.Letter or PacketPageKind.Enclosure:
                        DrawContent(graphics, tagger, packetPage, geometry, top, forms, images);
                        break;
                }

                // The letter's elements stay open across its pages (a table that continues) and close where it ends.
                if (packetPage.Kind == PacketPageKind.Letter && (position == request.Pages.Count - 1 || request.Pages[position + 1].Kind != PacketPageKind.Letter))
                {
                    letterTagger.EndDocument();
                }

                tagger.EndPage();
            }

            tagger.EndDocument();

            AddOutline(document, pdfPages, request.Outline);
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            var bytes = PdfFinisher.Finish(output.ToArray(), System.IO.Compression.CompressionLevel.SmallestSize);
            DeterministicTokens.Rewrite(bytes, request.Seed);
            return bytes;
        }
        finally
        {
            foreach (var image in images.Values.Concat(letterImages.Values))
            {
                image.Dispose();
            }

            foreach (var form in forms.Values)
            {
                form.Dispose();
            }
        }
    }

    private static void DrawContent(XGraphics graphics, PacketTagger tagger, PacketPage packetPage, PacketGeometry geometry, double top, Dictionary<string, XPdfForm> forms, Dictionary<string, XImage> images)
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
                var area = packetPage.Kind == PacketPageKind.Letter && SameSize(pdf, geometry) && top <= PacketGeometry.StampBand
                    ? (0.0, 0.0, geometry.Width, geometry.Height)
                    : PacketGeometry.Fit(pdf.Width, pdf.Height, geometry.ImportAreaBelow(top));
                tagger.Imported(() => DrawForm(graphics, form, pdf, area));
                break;
            case ImageAttachmentPage picture:
                if (!images.TryGetValue(picture.Image.Key, out var image))
                {
                    image = XImage.FromStream(new MemoryStream(picture.Image.Jpeg, writable: false));
                    images[picture.Image.Key] = image;
                }

                var box = geometry.ImageAreaBelow(top);
                var scale = Math.Min(box.Width / picture.Image.PixelWidth, box.Height / picture.Image.PixelHeight);
                var w = picture.Image.PixelWidth * scale;
                var h = picture.Image.PixelHeight * scale;
                var bounds = new XRect(box.X + ((box.Width - w) / 2), box.Y, w, h);
                var alternative = packetPage.Kind == PacketPageKind.Letter ? "Letter page" : string.Create(CultureInfo.InvariantCulture, $"Scanned page of enclosure {packetPage.AttachmentIndex + 1}");
                tagger.Figure(alternative, bounds, () => graphics.DrawImage(image, bounds));
                break;
            case VerifiedImagePage:
                throw new InvalidOperationException("An attachment read for validation only (no page images) reached the packet: the packet reads with AttachmentReading.Packet.");
        }
    }

    /// <summary>
    /// Draws a letter page from the letter's layout, with the letter's own tags (as
    /// <c>PdfDocumentWriter</c> draws it alone). The letter leaves the stamp band free, so it is drawn
    /// at full size, except on a part's first page, where it is shrunk below the part header.
    /// </summary>
    private static void DrawLetter(XGraphics graphics, StructureTagger tagger, PacketPartRequest request, LetterPage page, PacketGeometry geometry, double top, TextMeasurer measurer, Dictionary<Layout.Images.ImageData, XImage> images)
    {
        var layout = request.Letter;
        var state = graphics.Save();
        if (top > PacketGeometry.StampBand)
        {
            var (x, y, width, _) = PacketGeometry.Fit(layout.Page.Width, layout.Page.Height, geometry.ImportAreaBelow(top));
            graphics.TranslateTransform(x, y);
            graphics.ScaleTransform(width / layout.Page.Width);
        }

        PdfDocumentWriter.DrawPage(graphics, tagger, layout.Page, layout.Pages[page.PageIndex], measurer, images, request.Fax);
        graphics.Restore(state);
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

    /// <summary>
    /// The part header: "Part k of n", the packet pages this part holds, and the reference, so a
    /// part that arrives alone still says what it is and where it belongs.
    /// </summary>
    private static void DrawPartHeader(XGraphics graphics, PacketPartRequest request, PacketGeometry geometry, TextMeasurer measurer)
    {
        var left = PacketGeometry.SideMargin;
        var width = geometry.Width - (2 * left);
        var first = request.Pages[0].Number;
        var last = request.Pages[^1].Number;
        var heading = string.Create(CultureInfo.InvariantCulture, $"PART {request.Part} OF {request.Parts} \u00b7 packet pages {first}\u2013{last} of {request.TotalPages}");
        var continuation = request.Part == 1
            ? string.Create(CultureInfo.InvariantCulture, $"continues in part 2 of {request.Parts}")
            : string.Create(CultureInfo.InvariantCulture, $"continues part {request.Part - 1} of {request.Parts}");
        var missing = new HashSet<int>();
        var detail = measurer.Printable($"Reference {request.Stamp.Reference} \u00b7 {continuation}", PartDetail, missing);
        var detailStyle = PartDetail;
        var detailWidth = measurer.Width(detail, detailStyle);
        if (detailWidth > width)
        {
            detailStyle = detailStyle.WithSize(detailStyle.Size * width / detailWidth);
        }

        graphics.DrawString(heading + " ", measurer.Font(PartHeading), XBrushes.Black, left, PacketGeometry.StampBand + 11, XStringFormats.BaseLineLeft);
        graphics.DrawString(detail, measurer.Font(detailStyle), XBrushes.Black, left, PacketGeometry.StampBand + 22, XStringFormats.BaseLineLeft);
        graphics.DrawLine(new XPen(XColors.Black, 0.4), left, PacketGeometry.StampBand + PacketGeometry.PartHeaderBand - 3, geometry.Width - left, PacketGeometry.StampBand + PacketGeometry.PartHeaderBand - 3);
    }

    private static void DrawCover(XGraphics graphics, PacketTagger tagger, FaxCover cover, int totalPages, int parts, PacketGeometry geometry, TextMeasurer measurer)
    {
        var left = PacketGeometry.SideMargin + 18;
        var width = geometry.Width - (2 * left);
        var missing = new HashSet<int>();
        tagger.Block(PdfBlockLevelElementTag.Heading1, () => graphics.DrawString("FAX", measurer.Font(CoverTitle), XBrushes.Black, left, 96, XStringFormats.BaseLineLeft));
        tagger.Block(PdfBlockLevelElementTag.Paragraph, () => graphics.DrawString(measurer.Printable(cover.Subject, CoverSubtitle, missing), measurer.Font(CoverSubtitle), XBrushes.Black, left, 120, XStringFormats.BaseLineLeft));
        tagger.Artifact(() => graphics.DrawLine(new XPen(XColors.Black, 1), left, 134, left + width, 134));

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
        tagger.Begin(PdfBlockLevelElementTag.Table);
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

            tagger.Begin(PdfBlockLevelElementTag.TableRow);
            var rowY = y;
            tagger.Block(PdfBlockLevelElementTag.TableHeaderCell, () => graphics.DrawString(label, measurer.Font(CoverLabel), XBrushes.Black, left, rowY, XStringFormats.BaseLineLeft));
            tagger.Begin(PdfBlockLevelElementTag.TableDataCell);
            foreach (var line in TextWrap.Lines(measurer.Printable(value, CoverValue, missing), width - 90, CoverValue, measurer))
            {
                graphics.DrawString(line + " ", measurer.Font(CoverValue), XBrushes.Black, valueX, y, XStringFormats.BaseLineLeft);
                y += 16;
            }

            tagger.End();
            tagger.End();
            y += 4;
        }

        tagger.End();

        y = Math.Max(y + 24, geometry.Height - 190);
        var boxY = y;
        tagger.Artifact(() => graphics.DrawRectangle(new XPen(XColors.Black, 0.8), left - 8, boxY - 16, width + 16, 120));
        tagger.Block(PdfBlockLevelElementTag.Heading2, () => graphics.DrawString("CONFIDENTIALITY NOTICE", measurer.Font(NoticeHeading), XBrushes.Black, left, boxY, XStringFormats.BaseLineLeft));
        y += 14;
        tagger.Begin(PdfBlockLevelElementTag.Paragraph);
        foreach (var line in TextWrap.Lines(ConfidentialityNotice, width, Notice, measurer))
        {
            graphics.DrawString(line + " ", measurer.Font(Notice), XBrushes.Black, left, y, XStringFormats.BaseLineLeft);
            y += 12;
        }

        tagger.End();
    }

    private static void DrawIndex(XGraphics graphics, PacketTagger tagger, List<IndexRow> rows, int indexPage, string summary, PacketGeometry geometry, TextMeasurer measurer)
    {
        var left = PacketGeometry.SideMargin + 18;
        var width = geometry.Width - (2 * left);
        tagger.Block(PdfBlockLevelElementTag.Heading1, () => graphics.DrawString(indexPage == 0 ? "Enclosure index" : "Enclosure index (continued)", measurer.Font(IndexLayout.Heading), XBrushes.Black, left, 70, XStringFormats.BaseLineLeft));
        var y = 92.0;
        if (indexPage == 0)
        {
            tagger.Begin(PdfBlockLevelElementTag.Paragraph);
            foreach (var line in TextWrap.Lines(summary, width, IndexLayout.Body, measurer))
            {
                graphics.DrawString(line + " ", measurer.Font(IndexLayout.Body), XBrushes.Black, left, y, XStringFormats.BaseLineLeft);
                y += IndexLayout.LineHeight;
            }

            tagger.End();
        }

        var headerY = (indexPage == 0 ? IndexLayout.FirstRowsTop : IndexLayout.NextRowsTop) - 12;
        var titleX = left + IndexLayout.NumberWidth;
        var dateX = left + width - IndexLayout.PagesWidth - IndexLayout.DateWidth;
        var pagesX = left + width - IndexLayout.PagesWidth;
        var header = measurer.Font(IndexLayout.Header);
        tagger.Begin(PdfBlockLevelElementTag.Table);
        tagger.Begin(PdfBlockLevelElementTag.TableRow);
        tagger.HeaderCell(() => graphics.DrawString("No.", header, XBrushes.Black, left, headerY, XStringFormats.BaseLineLeft));
        tagger.HeaderCell(() => graphics.DrawString("Enclosure", header, XBrushes.Black, titleX, headerY, XStringFormats.BaseLineLeft));
        tagger.HeaderCell(() => graphics.DrawString("Date", header, XBrushes.Black, dateX, headerY, XStringFormats.BaseLineLeft));
        tagger.HeaderCell(() => graphics.DrawString("Pages", header, XBrushes.Black, pagesX, headerY, XStringFormats.BaseLineLeft));
        tagger.End();
        tagger.Artifact(() => graphics.DrawLine(new XPen(XColors.Black, 0.6), left, headerY + 4, left + width, headerY + 4));

        var body = measurer.Font(IndexLayout.Body);
        y = (indexPage == 0 ? IndexLayout.FirstRowsTop : IndexLayout.NextRowsTop) + 6;
        foreach (var row in rows)
        {
            var entry = row.Entry;
            var rowY = y;
            tagger.Begin(PdfBlockLevelElementTag.TableRow);
            tagger.Block(PdfBlockLevelElementTag.TableDataCell, () => graphics.DrawString(entry.Number.ToString(CultureInfo.InvariantCulture), body, XBrushes.Black, left, rowY, XStringFormats.BaseLineLeft));
            tagger.Begin(PdfBlockLevelElementTag.TableDataCell);
            foreach (var line in row.TitleLines)
            {
                graphics.DrawString(line + " ", body, XBrushes.Black, titleX, y, XStringFormats.BaseLineLeft);
                y += IndexLayout.LineHeight;
            }

            tagger.End();
            tagger.Block(PdfBlockLevelElementTag.TableDataCell, () => graphics.DrawString(IndexLayout.Date(entry.Date), body, XBrushes.Black, dateX, rowY, XStringFormats.BaseLineLeft));
            tagger.Block(PdfBlockLevelElementTag.TableDataCell, () => graphics.DrawString(IndexLayout.Range(entry.FirstPage, entry.LastPage), body, XBrushes.Black, pagesX, rowY, XStringFormats.BaseLineLeft));
            tagger.End();
            y += IndexLayout.RowGap;
        }

        tagger.End();
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

using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PreAuthKit.Layout;

namespace PreAuthKit.Pdf;

/// <summary>
/// Draws a <see cref="LayoutDocument"/> with PDFsharp and saves it deterministically: fixed dates,
/// a trailer ID derived from the content, and PDFsharp's random tokens rewritten from a hash.
/// </summary>
internal static class PdfDocumentWriter
{
    public static byte[] Write(LayoutDocument layout, PdfMetadata metadata, TextMeasurer measurer)
    {
        EmbeddedFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Options.CompressContentStreams = true;
        document.Info.Title = metadata.Title;
        document.Info.Subject = metadata.Subject;
        document.Info.Creator = "PreAuthKit";
        document.Info.CreationDate = metadata.CreatedAt.UtcDateTime;
        document.Info.ModificationDate = metadata.CreatedAt.UtcDateTime;
        document.Language = metadata.Language;
        document.PageLayout = PdfPageLayout.SinglePage;

        var fingerprint = Fingerprint(layout, metadata);
        var id = Encoding.Latin1.GetString(fingerprint, 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var pages = new List<PdfPage>(layout.Pages.Count);
        foreach (var layoutPage in layout.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(layout.Page.Width);
            page.Height = XUnit.FromPoint(layout.Page.Height);
            pages.Add(page);
            using var graphics = XGraphics.FromPdfPage(page);
            Draw(graphics, layoutPage, measurer);
        }

        AddOutline(document, pages, layout.Outline);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var bytes = output.ToArray();
        DeterministicTokens.Rewrite(bytes, fingerprint);
        return bytes;
    }

    private static void Draw(XGraphics graphics, LayoutPage page, TextMeasurer measurer)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case TextItem text:
                    graphics.DrawString(text.Text, measurer.Font(text.Style), XBrushes.Black, text.X, text.Baseline, XStringFormats.BaseLineLeft);
                    break;
                case RuleItem rule:
                    graphics.DrawLine(new XPen(XColors.Black, rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
                    break;
            }
        }
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

    /// <summary>A hash of everything that decides the document's appearance: it seeds the trailer ID and the rewritten tokens.</summary>
    private static byte[] Fingerprint(LayoutDocument layout, PdfMetadata metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string value) => hash.AppendData(Encoding.UTF8.GetBytes(value + "\u001f"));
        Add(metadata.Title);
        Add(metadata.Subject);
        Add(metadata.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var page in layout.Pages)
        {
            Add("page");
            foreach (var item in page.Items)
            {
                Add(item.ToString());
            }
        }

        return hash.GetHashAndReset();
    }
}

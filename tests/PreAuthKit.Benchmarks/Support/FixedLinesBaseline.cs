using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PreAuthKit.Layout;

namespace PreAuthKit.Benchmarks.Support;

/// <summary>
/// The baseline: PDFsharp alone draws the lines of an already laid-out document at their fixed
/// positions (no Markdown, no measuring, no line breaking, no determinism pass), with the same
/// fonts and BestSpeed deflate. What writing the PDF costs by itself.
/// </summary>
internal static class FixedLinesBaseline
{
    private static readonly XPen Pen = new(XColors.Black, 0.5);

    /// <summary>Draws and saves; returns the PDF's size. <paramref name="save"/> false stops after drawing (returns the page count).</summary>
    public static int Write(LayoutDocument layout, bool save = true, bool compress = true)
    {
        using var measurer = new TextMeasurer();
        using var document = new PdfDocument();
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Options.CompressContentStreams = compress;
        foreach (var layoutPage in layout.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(layout.Page.Width);
            page.Height = XUnit.FromPoint(layout.Page.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var item in layoutPage.AllItems)
            {
                switch (item)
                {
                    case TextItem text:
                        graphics.DrawString(text.Text, measurer.Font(text.Style), XBrushes.Black, text.X, text.Baseline, XStringFormats.BaseLineLeft);
                        break;
                    case RuleItem rule:
                        graphics.DrawLine(Pen, rule.X1, rule.Y1, rule.X2, rule.Y2);
                        break;
                    case BoxItem box:
                        graphics.DrawRectangle(Pen, box.X, box.Y, box.Width, box.Height);
                        break;
                }
            }
        }

        if (!save)
        {
            return document.PageCount;
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return (int)output.Length;
    }
}

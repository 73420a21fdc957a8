using System.Globalization;
using System.Text;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// Minimal PDFs written byte by byte for the cases no tool here produces on request: a fillable
/// form field, a comment annotation, a page tree with no pages, an oversized page. Written by
/// this test suite (no third-party content), with a correct cross-reference table.
/// </summary>
internal static class HandMadePdfs
{
    public static byte[] WithFormField() => Build(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
        "<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (Filled in) /Rect [72 600 300 620] /P 3 0 R >>",
        "/AcroForm << /Fields [6 0 R] >>");

    public static byte[] WithComment() => Build(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
        "<< /Type /Annot /Subtype /FreeText /Contents (Reviewed) /DA (/Helv 12 Tf 0 g) /Rect [72 600 300 620] >>");

    public static byte[] WithPageSize(int width, int height) => Build(
        string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"));

    /// <summary>A page whose (uncompressed) content prints <paramref name="text"/>.</summary>
    public static byte[] WithText(string text) => Build(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>", text: text);

    public static byte[] WithNoPages()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
        };
        return Write(objects);
    }

    private static byte[] Build(string page, string? extra = null, string catalogExtra = "", string text = "Hand-made test page")
    {
        var content = $"BT /F1 18 Tf 72 700 Td ({text}) Tj ET";
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page,
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        if (extra is not null)
        {
            objects.Add(extra);
        }

        return Write(objects);
    }

    /// <summary>The objects numbered from 1 with a classic cross-reference table; <paramref name="trailerExtra"/> (given the table's offset) adds trailer entries.</summary>
    internal static byte[] Write(IReadOnlyList<string> objects, Func<int, string>? trailerExtra = null)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var extra = trailerExtra is null ? "" : trailerExtra(xref) + " ";
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {extra}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}

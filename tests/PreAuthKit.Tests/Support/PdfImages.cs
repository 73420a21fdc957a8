using UglyToad.PdfPig;

namespace PreAuthKit.Tests.Support;

/// <summary>Extracts the raw bytes of every image embedded in a PDF (for JPEGs: the DCT stream as stored, EXIF and all).</summary>
internal static class PdfImages
{
    public static IReadOnlyList<byte[]> RawImages(ReadOnlySpan<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf.ToArray());
        return document.GetPages().SelectMany(page => page.GetImages()).Select(image => image.RawBytes.ToArray()).ToList();
    }
}

namespace PreAuthKit.Pdf;

/// <summary>
/// How the PDF is written. <paramref name="Archival"/>: PDF/A-2u (sRGB OutputIntent, PDF/A
/// identification in XMP; docs/pdf.md). <paramref name="Fax"/>: codes and identifiers in a face that
/// survives 1-bit fax rasters, greyscale photos, no grey fills (docs/pdf.md).
/// </summary>
internal sealed record PdfOutputOptions(bool Archival = false, bool Fax = false)
{
    public static PdfOutputOptions Default { get; } = new();
}

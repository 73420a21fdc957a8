namespace PreAuthKit.Photos;

/// <summary>
/// A photo ready for the PDF: upright, at most the configured dpi at its placed size, re-encoded
/// as a JPEG that carries no EXIF, GPS, serial number or thumbnail.
/// </summary>
/// <param name="Index">Zero-based index in the case's <c>photos</c> array.</param>
/// <param name="Jpeg">The re-encoded JPEG bytes.</param>
/// <param name="PixelWidth">Width of <paramref name="Jpeg"/> in pixels.</param>
/// <param name="PixelHeight">Height of <paramref name="Jpeg"/> in pixels.</param>
/// <param name="CapturedAt">The capture date and time the camera recorded (EXIF DateTimeOriginal), if any.</param>
/// <param name="GpsRemoved">True when the original carried GPS data (which the re-encoding dropped).</param>
/// <param name="SourceWidth">Stored width of the original, before orientation.</param>
/// <param name="SourceHeight">Stored height of the original, before orientation.</param>
/// <param name="SourceOrientation">The EXIF orientation (1-8) that was applied to the pixels.</param>
internal sealed record ProcessedPhoto(
    int Index,
    ReadOnlyMemory<byte> Jpeg,
    int PixelWidth,
    int PixelHeight,
    DateTime? CapturedAt,
    bool GpsRemoved,
    int SourceWidth,
    int SourceHeight,
    int SourceOrientation)
{
    /// <summary>The key the Markdown and layout stages use for this photo: <c>photo:N</c>, N one-based.</summary>
    public string Key => PhotoKeys.ForIndex(Index);
}

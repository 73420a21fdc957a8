namespace PreAuthKit.Photos;

/// <summary>
/// What the header of an image file says, read without decoding: the format, and for JPEG and PNG
/// the declared pixel size (0 when the header is cut short or malformed).
/// </summary>
/// <param name="Format">The format sniffed from the magic bytes.</param>
/// <param name="FormatName">A name for the format a clinic user recognises (e.g. "GIF", "HEIC").</param>
/// <param name="Width">Declared width in pixels; 0 when unknown.</param>
/// <param name="Height">Declared height in pixels; 0 when unknown.</param>
internal sealed record ImageHeader(PhotoFormat Format, string FormatName, long Width = 0, long Height = 0)
{
    /// <summary>True for JPEG and PNG headers that declare a non-zero size.</summary>
    public bool HasSize => Width > 0 && Height > 0;

    /// <summary>Declared pixel count.</summary>
    public long PixelCount => Width * Height;
}

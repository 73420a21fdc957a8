namespace PreAuthKit.Photos;

/// <summary>What the first bytes of a photo file say it is.</summary>
internal enum PhotoFormat
{
    /// <summary>The file is empty.</summary>
    Empty,

    /// <summary>Not an image format the library knows (e.g. a text file named <c>.jpg</c>).</summary>
    Unknown,

    /// <summary>An image format the library knows but does not accept (GIF, HEIC, WebP, TIFF, BMP...).</summary>
    Unsupported,

    /// <summary>JPEG (JFIF/EXIF).</summary>
    Jpeg,

    /// <summary>PNG.</summary>
    Png,
}

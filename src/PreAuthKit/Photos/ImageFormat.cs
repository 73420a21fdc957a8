namespace PreAuthKit.Photos;

/// <summary>An image file format recognised by its magic bytes.</summary>
internal enum ImageFormat
{
    /// <summary>Not an image format we recognise.</summary>
    Unknown,

    /// <summary>JPEG (<c>FF D8 FF</c>).</summary>
    Jpeg,

    /// <summary>PNG (<c>89 50 4E 47 0D 0A 1A 0A</c>).</summary>
    Png,

    /// <summary>HEIC, HEIF or AVIF (ISO base media <c>ftyp</c> box), as iPhones save by default.</summary>
    Heif,

    /// <summary>GIF.</summary>
    Gif,

    /// <summary>Windows bitmap.</summary>
    Bmp,

    /// <summary>TIFF (also most camera raw files).</summary>
    Tiff,

    /// <summary>WebP.</summary>
    WebP,

    /// <summary>A PDF document rather than an image.</summary>
    Pdf,
}

namespace PreAuthKit.Photos;

/// <summary>How image formats are named in messages.</summary>
internal static class ImageFormatNames
{
    public static string DisplayName(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Png => "PNG",
        ImageFormat.Heif => "HEIC/HEIF",
        ImageFormat.Gif => "GIF",
        ImageFormat.Bmp => "BMP",
        ImageFormat.Tiff => "TIFF",
        ImageFormat.WebP => "WebP",
        ImageFormat.Pdf => "PDF",
        _ => "unknown",
    };
}

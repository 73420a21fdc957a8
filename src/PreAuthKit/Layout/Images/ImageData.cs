namespace PreAuthKit.Layout.Images;

/// <summary>
/// An encoded picture (JPEG or PNG bytes, drawn as they are) and its size in pixels, which fixes
/// its aspect ratio on the page.
/// </summary>
internal sealed class ImageData
{
    public ImageData(ReadOnlyMemory<byte> bytes, int pixelWidth, int pixelHeight)
    {
        if (pixelWidth <= 0 || pixelHeight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pixelWidth), "An image needs a positive pixel size.");
        }

        Bytes = bytes;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    /// <summary>Height divided by width.</summary>
    public double AspectRatio => PixelHeight / (double)PixelWidth;
}

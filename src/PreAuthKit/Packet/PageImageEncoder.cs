using System.Security.Cryptography;
using PreAuthKit.Photos;
using SkiaSharp;

namespace PreAuthKit.Packet;

/// <summary>
/// Turns decoded pixels into a <see cref="PageImage"/>: applies the orientation, scales to at
/// most <see cref="PacketGeometry.ImageDpi"/> at the placed size, optionally converts to
/// greyscale (for fax), flattens transparency onto white and encodes a JPEG without metadata.
/// </summary>
internal static class PageImageEncoder
{
    private const int JpegQuality = 80;

    private static readonly float[] GreyMatrix =
    [
        0.2126f, 0.7152f, 0.0722f, 0, 0,
        0.2126f, 0.7152f, 0.0722f, 0, 0,
        0.2126f, 0.7152f, 0.0722f, 0, 0,
        0, 0, 0, 1, 0,
    ];

    /// <summary>The page image, or null when the pixels cannot be drawn or encoded.</summary>
    public static PageImage? Encode(SKBitmap decoded, SKEncodedOrigin origin, (int Width, int Height) box, bool greyscale)
    {
        var swap = OrientationTransform.SwapsAxes(origin);
        var (uprightWidth, uprightHeight) = swap ? (decoded.Height, decoded.Width) : (decoded.Width, decoded.Height);
        var scale = Math.Min(1.0, Math.Min((double)box.Width / uprightWidth, (double)box.Height / uprightHeight));
        var targetWidth = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var targetHeight = Math.Max(1, (int)Math.Round(uprightHeight * scale));

        using var upright = new SKBitmap();
        if (!upright.TryAllocPixels(new SKImageInfo(targetWidth, targetHeight, SKImageInfo.PlatformColorType, SKAlphaType.Premul)))
        {
            return null;
        }

        using (var canvas = new SKCanvas(upright))
        using (var image = SKImage.FromBitmap(decoded))
        using (var paint = new SKPaint())
        {
            if (greyscale)
            {
                paint.ColorFilter = SKColorFilter.CreateColorMatrix(GreyMatrix);
            }

            canvas.Clear(SKColors.White);
            canvas.SetMatrix(OrientationTransform.Matrix(origin, decoded.Width, decoded.Height, targetWidth, targetHeight));
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
            canvas.Flush();
        }

        SKData? jpeg;
        if (greyscale)
        {
            // One channel: a third of the size, and a fax machine prints grey anyway.
            using var grey = new SKBitmap();
            if (!grey.TryAllocPixels(new SKImageInfo(targetWidth, targetHeight, SKColorType.Gray8, SKAlphaType.Opaque)) || !upright.CopyTo(grey, SKColorType.Gray8))
            {
                return null;
            }

            using var pixmap = grey.PeekPixels();
            jpeg = pixmap.Encode(new SKJpegEncoderOptions(JpegQuality));
        }
        else
        {
            using var pixmap = upright.PeekPixels();
            jpeg = pixmap.Encode(new SKJpegEncoderOptions(JpegQuality));
        }

        if (jpeg is null)
        {
            return null;
        }

        using (jpeg)
        {
            var bytes = jpeg.ToArray();
            return new PageImage(bytes, targetWidth, targetHeight, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }
}

using SkiaSharp;
using PreAuthKit.Layout.Images;

namespace PreAuthKit.Pdf;

/// <summary>
/// The fax-friendly option's photographs: greyscale (ITU-R BT.601 luma) with the contrast stretched
/// so that the 1st and 99th percentile of the luma become black and white. A fax machine halftones
/// a grey photo to 1 bit; a low-contrast skin photo otherwise turns into a uniform dither in which the
/// scar disappears. Encoded as a greyscale JPEG (DeviceGray), deterministic for the same input.
/// </summary>
internal static class FaxPhoto
{
    public static byte[] Convert(ImageData image, int quality = 85)
    {
        using var source = SKBitmap.Decode(image.Bytes.ToArray())
            ?? throw new InvalidOperationException("A photograph in the layout could not be decoded.");
        var width = source.Width;
        var height = source.Height;
        var luma = new byte[width * height];
        var histogram = new int[256];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var c = source.GetPixel(x, y);
                var l = (byte)Math.Clamp((int)Math.Round((0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue)), 0, 255);
                luma[(y * width) + x] = l;
                histogram[l]++;
            }
        }

        var (low, high) = Percentiles(histogram, luma.Length);
        using var grey = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        var pixels = grey.GetPixelSpan();
        var rowBytes = grey.RowBytes;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var l = luma[(y * width) + x];
                pixels[(y * rowBytes) + x] = high > low ? (byte)Math.Clamp((l - low) * 255 / (high - low), 0, 255) : l;
            }
        }

        using var pixmap = grey.PeekPixels();
        using var jpeg = pixmap.Encode(new SKJpegEncoderOptions(quality))
            ?? throw new InvalidOperationException("A photograph could not be encoded in greyscale.");
        return jpeg.ToArray();
    }

    private static (int Low, int High) Percentiles(int[] histogram, int total)
    {
        int low = 0, high = 255, seen = 0;
        for (var i = 0; i < 256; i++)
        {
            seen += histogram[i];
            if (seen >= total / 100)
            {
                low = i;
                break;
            }
        }

        seen = 0;
        for (var i = 255; i >= 0; i--)
        {
            seen += histogram[i];
            if (seen >= total / 100)
            {
                high = i;
                break;
            }
        }

        return (low, high);
    }
}

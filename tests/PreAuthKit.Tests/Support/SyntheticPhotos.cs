using System.Buffers.Binary;
using SkiaSharp;

namespace PreAuthKit.Tests.Support;

/// <summary>
/// Generated test images (never real photos). The upright picture is a skin-toned gradient with a
/// darker diagonal band (the "scar"), a scale bar, a red marker in its top-left corner and a blue
/// marker in its bottom-right corner; it is stored rotated or mirrored so that applying the EXIF
/// orientation gives the upright picture back.
/// </summary>
internal static class SyntheticPhotos
{
    public static readonly SKColor Red = new(220, 20, 20);
    public static readonly SKColor Blue = new(20, 40, 220);

    /// <summary>Size of the corner markers as a fraction of the shorter upright side.</summary>
    public const double MarkerFraction = 0.12;

    /// <summary>A JPEG (the scar band <paramref name="band"/> of the height wide) whose upright picture is <paramref name="uprightWidth"/> x <paramref name="uprightHeight"/>, stored for <paramref name="exif"/>'s orientation, with that EXIF spliced in.</summary>
    public static byte[] Jpeg(int uprightWidth, int uprightHeight, ExifSpec? exif = null, int noise = 0, int quality = 90, double band = 0.06)
    {
        var orientation = exif?.Orientation ?? 1;
        using var upright = Upright(uprightWidth, uprightHeight, noise, band);
        using var stored = ToStored(upright, orientation);
        var jpeg = Encode(stored, SKEncodedImageFormat.Jpeg, quality);
        return exif is null ? jpeg : ExifWriter.Splice(jpeg, exif);
    }

    /// <summary>A PNG of the upright picture (PNG carries no EXIF here).</summary>
    public static byte[] Png(int width, int height)
    {
        using var upright = Upright(width, height, 0, 0.06);
        return Encode(upright, SKEncodedImageFormat.Png, 100);
    }

    /// <summary>A tiny JPEG thumbnail, for the EXIF IFD1.</summary>
    public static byte[] Thumbnail() => Jpeg(160, 120, exif: null, quality: 70);

    /// <summary>A valid PNG header (signature, IHDR with CRC, an empty IDAT, IEND) declaring a huge size: a decompression bomb's calling card.</summary>
    public static byte[] PngHeaderDeclaring(uint width, uint height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type RGB
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(output, "IHDR"u8, ihdr);
        Chunk(output, "IDAT"u8, [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    /// <summary>Where a marker's centre is expected in an upright image of the given size.</summary>
    public static (int X, int Y) RedMarkerCentre(int width, int height)
    {
        var half = MarkerSize(width, height) / 2;
        return (half, half);
    }

    /// <summary>Where the blue marker's centre is expected in an upright image of the given size.</summary>
    public static (int X, int Y) BlueMarkerCentre(int width, int height)
    {
        var half = MarkerSize(width, height) / 2;
        return (width - 1 - half, height - 1 - half);
    }

    private static int MarkerSize(int width, int height) => Math.Max(2, (int)(Math.Min(width, height) * MarkerFraction));

    private static SKBitmap Upright(int width, int height, int noise, double band)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var pixels = bitmap.GetPixelSpan();
        var state = 0x9E3779B9u;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // skin-toned gradient
                var r = 205 + (30 * x / width);
                var g = 160 + (25 * y / height);
                var b = 135 + (20 * (x + y) / (width + height));
                // a darker, pinker diagonal band: the synthetic "scar"
                var distance = Math.Abs(((double)y / height) - 0.25 - (0.5 * x / width));
                if (distance < band)
                {
                    r -= 25;
                    g -= 60;
                    b -= 45;
                }

                if (noise > 0)
                {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    var n = (int)(state % (uint)((2 * noise) + 1)) - noise;
                    r += n;
                    g += n;
                    b += n;
                }

                var at = ((y * width) + x) * 4;
                pixels[at] = Clamp(r);
                pixels[at + 1] = Clamp(g);
                pixels[at + 2] = Clamp(b);
                pixels[at + 3] = 255;
            }
        }

        using var canvas = new SKCanvas(bitmap);
        var marker = MarkerSize(width, height);
        using var red = new SKPaint { Color = Red };
        using var blue = new SKPaint { Color = Blue };
        using var black = new SKPaint { Color = SKColors.Black };
        canvas.DrawRect(0, 0, marker, marker, red);
        canvas.DrawRect(width - marker, height - marker, marker, marker, blue);
        // a 10-segment scale bar along the bottom left
        var segment = width / 40f;
        for (var i = 0; i < 10; i += 2)
        {
            canvas.DrawRect(marker + (i * segment) + segment, height - (marker / 2f), segment, Math.Max(2, marker / 8f), black);
        }

        canvas.Flush();
        return bitmap;
    }

    /// <summary>The stored pixels for an EXIF orientation: stored (sx, sy) shows at upright position Display(sx, sy).</summary>
    private static SKBitmap ToStored(SKBitmap upright, int orientation)
    {
        var swap = orientation >= 5;
        int uw = upright.Width, uh = upright.Height;
        int sw = swap ? uh : uw, sh = swap ? uw : uh;
        var stored = new SKBitmap(new SKImageInfo(sw, sh, SKColorType.Rgba8888, SKAlphaType.Premul));
        var source = upright.GetPixelSpan();
        var target = stored.GetPixelSpan();
        for (var sy = 0; sy < sh; sy++)
        {
            for (var sx = 0; sx < sw; sx++)
            {
                var (dx, dy) = orientation switch
                {
                    2 => (sw - 1 - sx, sy),
                    3 => (sw - 1 - sx, sh - 1 - sy),
                    4 => (sx, sh - 1 - sy),
                    5 => (sy, sx),
                    6 => (sh - 1 - sy, sx),
                    7 => (sh - 1 - sy, sw - 1 - sx),
                    8 => (sy, sw - 1 - sx),
                    _ => (sx, sy),
                };
                source.Slice(((dy * uw) + dx) * 4, 4).CopyTo(target.Slice(((sy * sw) + sx) * 4, 4));
            }
        }

        return stored;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

    private static void Chunk(MemoryStream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(four, (uint)data.Length);
        output.Write(four);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32([.. type, .. data]));
        output.Write(four);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

using System.Runtime.InteropServices;
using BitMiracle.LibTiff.Classic;
using SkiaSharp;

namespace PreAuthKit.Packet;

/// <summary>
/// Reads an image attachment into page images: JPEG and PNG with SkiaSharp (EXIF orientation
/// applied), TIFF with LibTiff.NET, one page per TIFF directory (multi-page scans; the TIFF
/// orientation tag applied). The pixel limit is checked from the header before any decoding.
/// </summary>
internal static class ImageAttachmentReader
{
    public static (List<AttachmentPage>? Pages, ValidationFinding? Finding) Read(byte[] bytes, AttachmentFormat format, int index, AttachmentLimits limits, (int Width, int Height) box, bool greyscale)
        => format == AttachmentFormat.Tiff
            ? ReadTiff(bytes, index, limits, box, greyscale)
            : ReadSingle(bytes, index, limits, box, greyscale);

    private static (List<AttachmentPage>?, ValidationFinding?) ReadSingle(byte[] bytes, int index, AttachmentLimits limits, (int Width, int Height) box, bool greyscale)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return (null, AttachmentFindings.CorruptImage(index));
        }

        var info = codec.Info;
        if ((long)info.Width * info.Height > limits.MaxPixels)
        {
            return (null, AttachmentFindings.TooManyPixels(index, 1, info.Width, info.Height, limits.MaxPixels));
        }

        var decodeInfo = new SKImageInfo(info.Width, info.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        using var decoded = new SKBitmap();
        if (!decoded.TryAllocPixels(decodeInfo) || codec.GetPixels(decodeInfo, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return (null, AttachmentFindings.CorruptImage(index));
        }

        var page = PageImageEncoder.Encode(decoded, codec.EncodedOrigin, box, greyscale);
        return page is null ? (null, AttachmentFindings.CorruptImage(index)) : ([new ImageAttachmentPage(page)], null);
    }

    private static (List<AttachmentPage>?, ValidationFinding?) ReadTiff(byte[] bytes, int index, AttachmentLimits limits, (int Width, int Height) box, bool greyscale)
    {
        QuietTiffErrors.Install();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var tiff = Tiff.ClientOpen("attachment", "r", stream, new TiffStream());
            if (tiff is null)
            {
                return (null, AttachmentFindings.CorruptImage(index));
            }

            int count = tiff.NumberOfDirectories();
            if (count <= 0)
            {
                return (null, AttachmentFindings.NoPages(index));
            }

            if (count > limits.MaxPages)
            {
                return (null, AttachmentFindings.TooManyPages(index, count, limits.MaxPages));
            }

            var pages = new List<AttachmentPage>(count);
            for (short directory = 0; directory < count; directory++)
            {
                if (!tiff.SetDirectory(directory))
                {
                    return (null, AttachmentFindings.CorruptImage(index));
                }

                var width = tiff.GetField(TiffTag.IMAGEWIDTH)?[0].ToInt() ?? 0;
                var height = tiff.GetField(TiffTag.IMAGELENGTH)?[0].ToInt() ?? 0;
                if (width <= 0 || height <= 0)
                {
                    return (null, AttachmentFindings.CorruptImage(index));
                }

                if ((long)width * height > limits.MaxPixels)
                {
                    return (null, AttachmentFindings.TooManyPixels(index, directory + 1, width, height, limits.MaxPixels));
                }

                var raster = new int[width * height];
                if (!tiff.ReadRGBAImageOriented(width, height, raster, Orientation.TOPLEFT, false))
                {
                    return (null, AttachmentFindings.CorruptImage(index));
                }

                // LibTiff packs each pixel as ABGR in an int: R in the low byte, i.e. RGBA bytes in memory.
                using var decoded = new SKBitmap();
                if (!decoded.TryAllocPixels(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul)))
                {
                    return (null, AttachmentFindings.CorruptImage(index));
                }

                Marshal.Copy(raster, 0, decoded.GetPixels(), raster.Length);
                var page = PageImageEncoder.Encode(decoded, SKEncodedOrigin.TopLeft, box, greyscale);
                if (page is null)
                {
                    return (null, AttachmentFindings.CorruptImage(index));
                }

                pages.Add(new ImageAttachmentPage(page));
            }

            return (pages, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // LibTiff.NET throws on some malformed files instead of reporting through its handler.
            return (null, AttachmentFindings.CorruptImage(index));
        }
    }
}

using System.Buffers;
using System.Runtime.InteropServices;
using BitMiracle.LibTiff.Classic;
using SkiaSharp;

namespace PreAuthKit.Packet;

/// <summary>
/// Reads an image attachment into page images: JPEG and PNG with SkiaSharp (EXIF orientation
/// applied), TIFF with LibTiff.NET, one page per TIFF directory (multi-page scans; the TIFF
/// orientation tag applied). The pixel limit is checked from the header before any decoding.
/// <see cref="Verify"/> runs the same checks and decodes every pixel the same way (so damaged data
/// gives the same finding), without building page images: JPEG and PNG are decoded a row at a time
/// into one reused row, TIFF strip by strip (or tile by tile) into one reused buffer after the same
/// RGBA set-up the packet's raster read makes.
/// </summary>
internal static class ImageAttachmentReader
{
    public static (List<AttachmentPage>? Pages, ValidationFinding? Finding) Read(byte[] bytes, AttachmentFormat format, int index, AttachmentLimits limits, (int Width, int Height) box, bool greyscale)
        => format == AttachmentFormat.Tiff
            ? ReadTiff(bytes, index, limits, (box, greyscale))
            : ReadSingle(bytes, index, limits, (box, greyscale));

    /// <summary>
    /// The same checks and findings as <see cref="Read"/>, without page images: each page comes back
    /// as <see cref="VerifiedImagePage"/> (for <c>validate</c> and the letters, which need the findings only).
    /// </summary>
    public static (List<AttachmentPage>? Pages, ValidationFinding? Finding) Verify(byte[] bytes, AttachmentFormat format, int index, AttachmentLimits limits)
        => format == AttachmentFormat.Tiff
            ? ReadTiff(bytes, index, limits, target: null)
            : ReadSingle(bytes, index, limits, target: null);

    private static (List<AttachmentPage>?, ValidationFinding?) ReadSingle(byte[] bytes, int index, AttachmentLimits limits, ((int Width, int Height) Box, bool Greyscale)? target)
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
        if (target is null)
        {
            return DecodesByRows(codec, decodeInfo) ?? DecodesWhole(codec, decodeInfo)
                ? ([VerifiedImagePage.Instance], null)
                : (null, AttachmentFindings.CorruptImage(index));
        }

        using var decoded = new SKBitmap();
        if (!decoded.TryAllocPixels(decodeInfo) || codec.GetPixels(decodeInfo, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return (null, AttachmentFindings.CorruptImage(index));
        }

        var page = PageImageEncoder.Encode(decoded, codec.EncodedOrigin, target.Value.Box, target.Value.Greyscale);
        return page is null ? (null, AttachmentFindings.CorruptImage(index)) : ([new ImageAttachmentPage(page)], null);
    }

    /// <summary>
    /// Decodes every row into one reused row buffer (scanline decoding, which SkiaSharp offers for
    /// JPEG and PNG): whether all rows decoded, or null when the codec cannot decode by rows.
    /// </summary>
    private static bool? DecodesByRows(SKCodec codec, SKImageInfo decodeInfo)
    {
        if (codec.ScanlineOrder != SKCodecScanlineOrder.TopDown || codec.StartScanlineDecode(decodeInfo) != SKCodecResult.Success)
        {
            return null;
        }

        var rowBytes = decodeInfo.RowBytes;
        var row = ArrayPool<byte>.Shared.Rent(rowBytes);
        var handle = GCHandle.Alloc(row, GCHandleType.Pinned);
        try
        {
            var pointer = handle.AddrOfPinnedObject();
            for (var y = 0; y < decodeInfo.Height; y++)
            {
                if (codec.GetScanlines(pointer, 1, rowBytes) != 1)
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            handle.Free();
            ArrayPool<byte>.Shared.Return(row);
        }
    }

    /// <summary>The packet's own decode into a full bitmap, for a codec that cannot decode by rows.</summary>
    private static bool DecodesWhole(SKCodec codec, SKImageInfo decodeInfo)
    {
        using var decoded = new SKBitmap();
        return decoded.TryAllocPixels(decodeInfo) && codec.GetPixels(decodeInfo, decoded.GetPixels()) == SKCodecResult.Success;
    }

    private static (List<AttachmentPage>?, ValidationFinding?) ReadTiff(byte[] bytes, int index, AttachmentLimits limits, ((int Width, int Height) Box, bool Greyscale)? target)
    {
        QuietTiffErrors.Install();
        byte[]? buffer = null;
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

                if (target is null)
                {
                    if (!DecodesTiffDirectory(tiff, ref buffer))
                    {
                        return (null, AttachmentFindings.CorruptImage(index));
                    }

                    pages.Add(VerifiedImagePage.Instance);
                    continue;
                }

                var raster = new int[width * height];
                if (!tiff.ReadRGBAImageOriented(width, height, raster, Orientation.TOPLEFT, stopOnError: true))
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
                var page = PageImageEncoder.Encode(decoded, SKEncodedOrigin.TopLeft, target.Value.Box, target.Value.Greyscale);
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
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// What <see cref="Tiff.ReadRGBAImageOriented(int, int, int[], Orientation, bool)"/> does for the
    /// packet, without the raster: the same support check and RGBA set-up (which also sets the JPEG
    /// colour mode the raster read decodes with), then every strip or tile decoded into one reused
    /// buffer. As the packet's read (stop-on-error on), a strip or tile that fails to decode refuses
    /// the page as damaged instead of becoming blank rows: nothing is lost silently, and both
    /// readings agree on every file (docs/packet.md).
    /// </summary>
    private static bool DecodesTiffDirectory(Tiff tiff, ref byte[]? buffer)
    {
        if (!tiff.RGBAImageOK(out _) || TiffRgbaImage.Create(tiff, false, out _) is null)
        {
            return false;
        }

        var tiled = tiff.IsTiled();
        var size = tiled ? tiff.TileSize() : tiff.StripSize();
        var chunks = tiled ? tiff.NumberOfTiles() : tiff.NumberOfStrips();
        if (size <= 0 || chunks <= 0)
        {
            return true; // nothing to decode: the packet's read finds no strip either and does not stop on it
        }

        if (buffer is null || buffer.Length < size)
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            buffer = ArrayPool<byte>.Shared.Rent(size);
        }

        for (var chunk = 0; chunk < chunks; chunk++)
        {
            if ((tiled ? tiff.ReadEncodedTile(chunk, buffer, 0, -1) : tiff.ReadEncodedStrip(chunk, buffer, 0, -1)) < 0)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Buffers.Binary;

namespace PreAuthKit.Photos;

/// <summary>
/// Sniffs the format from magic bytes and reads the declared pixel size from a JPEG SOF segment or
/// a PNG IHDR chunk, so that decompression bombs are refused before any pixel is decoded.
/// </summary>
internal static class ImageHeaderReader
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageHeader Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new ImageHeader(PhotoFormat.Empty, "empty file");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            var (width, height) = JpegSize(bytes);
            return new ImageHeader(PhotoFormat.Jpeg, "JPEG", width, height);
        }

        if (bytes.StartsWith(PngSignature))
        {
            var (width, height) = PngSize(bytes);
            return new ImageHeader(PhotoFormat.Png, "PNG", width, height);
        }

        var unsupported = UnsupportedName(bytes);
        return unsupported is null
            ? new ImageHeader(PhotoFormat.Unknown, "unknown")
            : new ImageHeader(PhotoFormat.Unsupported, unsupported);
    }

    private static (long Width, long Height) PngSize(ReadOnlySpan<byte> bytes)
    {
        // signature (8), chunk length (4), "IHDR" (4), width (4), height (4)
        if (bytes.Length < 24 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return (0, 0);
        }

        return (BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(16, 4)), BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(20, 4)));
    }

    private static (long Width, long Height) JpegSize(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 1 < bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return (0, 0);
            }

            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                at += 2;
                continue;
            }

            if (marker is 0xD9 or 0xDA || at + 4 > bytes.Length)
            {
                return (0, 0);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 2, 2));
            if (length < 2)
            {
                return (0, 0);
            }

            if (IsStartOfFrame(marker))
            {
                // length (2), precision (1), height (2), width (2)
                if (at + 9 > bytes.Length)
                {
                    return (0, 0);
                }

                return (BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 7, 2)), BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 5, 2)));
            }

            at += 2 + length;
        }

        return (0, 0);
    }

    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static string? UnsupportedName(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return "GIF";
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return "WebP";
        }

        if (bytes.Length >= 12 && bytes.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = bytes.Slice(8, 4);
            return brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8) ? "AVIF" : "HEIC";
        }

        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }

        if (bytes.StartsWith("BM"u8) && bytes.Length >= 26)
        {
            return "BMP";
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            return "PDF";
        }

        return null;
    }
}

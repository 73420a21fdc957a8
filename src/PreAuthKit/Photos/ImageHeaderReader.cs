using System.Buffers.Binary;
using System.Text;

namespace PreAuthKit.Photos;

/// <summary>
/// Reads an image's format from its magic bytes and, for JPEG and PNG, its pixel dimensions from
/// the header (JPEG SOFn segment, PNG IHDR chunk) without decoding anything. Reading is bounded:
/// at most <see cref="MaxScanBytes"/> bytes and <see cref="MaxSegments"/> JPEG segments are
/// examined, so a hostile file cannot make the check expensive. Reusable by the photo pipeline.
/// </summary>
internal static class ImageHeaderReader
{
    /// <summary>How far into a JPEG the SOF segment is searched for (metadata segments come first).</summary>
    public const long MaxScanBytes = 4 * 1024 * 1024;

    /// <summary>How many JPEG segments are skipped at most before giving up.</summary>
    public const int MaxSegments = 512;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the header of the file at <paramref name="path"/>.</summary>
    public static ImageHeader Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
        return Read(stream);
    }

    /// <summary>Reads the header from the start of <paramref name="stream"/>; never throws for malformed content.</summary>
    public static ImageHeader Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> head = stackalloc byte[32];
        var length = ReadUpTo(stream, head);
        var format = Sniff(head[..length]);
        return format switch
        {
            ImageFormat.Png => ReadPng(head[..length]),
            ImageFormat.Jpeg => ReadJpeg(stream, head[..length]),
            _ => new ImageHeader(format, 0, 0),
        };
    }

    /// <summary>The format by magic bytes.</summary>
    public static ImageFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PngSignature))
        {
            return ImageFormat.Png;
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(head[8..12]);
            return brand is "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" or "mif1" or "msf1" or "avif" or "avis"
                ? ImageFormat.Heif
                : ImageFormat.Unknown;
        }

        if (head.StartsWith("GIF8"u8))
        {
            return ImageFormat.Gif;
        }

        if (head.StartsWith("BM"u8))
        {
            return ImageFormat.Bmp;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return ImageFormat.Tiff;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return head.StartsWith("%PDF"u8) ? ImageFormat.Pdf : ImageFormat.Unknown;
    }

    private static ImageHeader ReadPng(ReadOnlySpan<byte> head)
    {
        // Signature (8), then the IHDR chunk: length 13, "IHDR", width, height (big-endian).
        if (head.Length < 24 || BinaryPrimitives.ReadUInt32BigEndian(head[8..12]) != 13 || !head[12..16].SequenceEqual("IHDR"u8))
        {
            return new ImageHeader(ImageFormat.Png, 0, 0);
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(head[16..20]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(head[20..24]);
        return width is 0 or > int.MaxValue || height is 0 or > int.MaxValue
            ? new ImageHeader(ImageFormat.Png, 0, 0)
            : new ImageHeader(ImageFormat.Png, (int)width, (int)height);
    }

    private static ImageHeader ReadJpeg(Stream stream, ReadOnlySpan<byte> head)
    {
        var none = new ImageHeader(ImageFormat.Jpeg, 0, 0);
        var reader = new BoundedReader(stream, head);
        reader.Skip(2); // SOI
        for (var segment = 0; segment < MaxSegments; segment++)
        {
            // A marker: one or more 0xFF fill bytes, then the marker code.
            if (reader.Next() != 0xFF)
            {
                return none;
            }

            int marker;
            do
            {
                marker = reader.Next();
            }
            while (marker == 0xFF);

            if (marker < 0 || marker == 0xD9 || marker == 0xDA)
            {
                return none; // end of data, end of image, or scan data before any frame header
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                continue; // stand-alone markers carry no length
            }

            var hi = reader.Next();
            var lo = reader.Next();
            if (hi < 0 || lo < 0)
            {
                return none;
            }

            var length = (hi << 8) | lo;
            if (length < 2)
            {
                return none;
            }

            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                // SOFn: precision (1), height (2), width (2).
                Span<byte> frame = stackalloc byte[5];
                if (length < 7 || !reader.ReadExactly(frame))
                {
                    return none;
                }

                var height = (frame[1] << 8) | frame[2];
                var width = (frame[3] << 8) | frame[4];
                return width == 0 || height == 0 ? none : new ImageHeader(ImageFormat.Jpeg, width, height);
            }

            if (!reader.Skip(length - 2))
            {
                return none;
            }
        }

        return none;
    }

    private static int ReadUpTo(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>Reads bytes from the already-read head, then from the stream, never past <see cref="MaxScanBytes"/>.</summary>
    private sealed class BoundedReader
    {
        private readonly Stream _stream;
        private readonly byte[] _head;
        private long _position;

        public BoundedReader(Stream stream, ReadOnlySpan<byte> head)
        {
            _stream = stream;
            _head = head.ToArray();
        }

        public int Next()
        {
            if (_position >= MaxScanBytes)
            {
                return -1;
            }

            if (_position < _head.Length)
            {
                return _head[(int)_position++];
            }

            var value = _stream.ReadByte();
            if (value >= 0)
            {
                _position++;
            }

            return value;
        }

        public bool ReadExactly(Span<byte> buffer)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                var value = Next();
                if (value < 0)
                {
                    return false;
                }

                buffer[i] = (byte)value;
            }

            return true;
        }

        public bool Skip(int count)
        {
            var target = _position + count;
            if (target > MaxScanBytes)
            {
                return false;
            }

            var fromHead = (int)Math.Clamp(_head.Length - _position, 0, count);
            _position += fromHead;
            var rest = count - fromHead;
            if (rest == 0)
            {
                return true;
            }

            if (_stream.CanSeek)
            {
                if (_stream.Position + rest > _stream.Length)
                {
                    return false;
                }

                _stream.Seek(rest, SeekOrigin.Current);
                _position += rest;
                return true;
            }

            for (var i = 0; i < rest; i++)
            {
                if (Next() < 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

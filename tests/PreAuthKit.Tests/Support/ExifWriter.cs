using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace PreAuthKit.Tests.Support;

/// <summary>
/// Writes a minimal EXIF APP1 segment (big-endian TIFF: IFD0 with Make, Model, Orientation; the
/// Exif IFD with DateTimeOriginal and BodySerialNumber; the GPS IFD; IFD1 with a thumbnail) and
/// splices it after a JPEG's SOI marker. SkiaSharp writes no EXIF, so test photos get theirs here.
/// </summary>
internal static class ExifWriter
{
    private const ushort Byte = 1, Ascii = 2, Short = 3, Long = 4, Rational = 5;

    /// <summary>The JPEG with an APP1 EXIF segment inserted right after SOI.</summary>
    public static byte[] Splice(byte[] jpeg, ExifSpec spec)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        if (jpeg.Length < 2 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new ArgumentException("not a JPEG", nameof(jpeg));
        }

        var tiff = Tiff(spec);
        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), checked((ushort)(2 + 6 + tiff.Length)));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment, 10);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    /// <summary>The TIFF structure of the EXIF segment.</summary>
    public static byte[] Tiff(ExifSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var ifd0 = new List<Entry>();
        var exif = new List<Entry>();
        var gps = new List<Entry>();
        var ifd1 = new List<Entry>();
        AddAscii(ifd0, 0x010F, spec.Make);
        AddAscii(ifd0, 0x0110, spec.Model);
        if (spec.Orientation is { } orientation)
        {
            ifd0.Add(new Entry(0x0112, Short, 1, ShortBytes((ushort)orientation)));
        }

        if (spec.DateTimeOriginal is { } taken)
        {
            AddAscii(exif, 0x9003, taken.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture));
        }

        AddAscii(exif, 0xA431, spec.SerialNumber);
        if (spec.Gps is { } position)
        {
            gps.Add(new Entry(0x0000, Byte, 4, [2, 3, 0, 0]));
            AddAscii(gps, 0x0001, position.Latitude >= 0 ? "N" : "S");
            gps.Add(new Entry(0x0002, Rational, 3, Degrees(Math.Abs(position.Latitude))));
            AddAscii(gps, 0x0003, position.Longitude >= 0 ? "E" : "W");
            gps.Add(new Entry(0x0004, Rational, 3, Degrees(Math.Abs(position.Longitude))));
        }

        // Pointers are patched once offsets are known; their placeholders keep the sizes right.
        if (exif.Count > 0)
        {
            ifd0.Add(new Entry(0x8769, Long, 1, new byte[4]));
        }

        if (gps.Count > 0)
        {
            ifd0.Add(new Entry(0x8825, Long, 1, new byte[4]));
        }

        if (spec.Thumbnail is not null)
        {
            ifd1.Add(new Entry(0x0103, Short, 1, ShortBytes(6)));
            ifd1.Add(new Entry(0x0201, Long, 1, new byte[4]));
            ifd1.Add(new Entry(0x0202, Long, 1, LongBytes((uint)spec.Thumbnail.Length)));
        }

        var offset0 = 8;
        var offsetExif = offset0 + Size(ifd0);
        var offsetGps = offsetExif + Size(exif);
        var offset1 = offsetGps + Size(gps);
        var offsetThumb = offset1 + Size(ifd1);
        Patch(ifd0, 0x8769, offsetExif);
        Patch(ifd0, 0x8825, offsetGps);
        Patch(ifd1, 0x0201, offsetThumb);

        using var output = new MemoryStream();
        output.Write("MM\0*"u8);
        output.Write(LongBytes(8));
        Write(output, ifd0, offset0, ifd1.Count > 0 ? offset1 : 0);
        Write(output, exif, offsetExif, 0);
        Write(output, gps, offsetGps, 0);
        Write(output, ifd1, offset1, 0);
        if (spec.Thumbnail is not null)
        {
            output.Write(spec.Thumbnail);
        }

        return output.ToArray();
    }

    private static void AddAscii(List<Entry> ifd, ushort tag, string? value)
    {
        if (value is not null)
        {
            var bytes = Encoding.ASCII.GetBytes(value + "\0");
            ifd.Add(new Entry(tag, Ascii, (uint)bytes.Length, bytes));
        }
    }

    private static byte[] Degrees(double value)
    {
        var degrees = (uint)Math.Floor(value);
        var minutes = (uint)Math.Floor((value - degrees) * 60);
        var seconds = (uint)Math.Round(((value - degrees) * 60 - minutes) * 60 * 100);
        return [.. LongBytes(degrees), .. LongBytes(1), .. LongBytes(minutes), .. LongBytes(1), .. LongBytes(seconds), .. LongBytes(100)];
    }

    private static int Size(List<Entry> ifd)
        => ifd.Count == 0 ? 0 : 2 + (12 * ifd.Count) + 4 + ifd.Where(e => e.Value.Length > 4).Sum(e => Padded(e.Value.Length));

    private static int Padded(int length) => length + (length & 1);

    private static void Patch(List<Entry> ifd, ushort tag, int offset)
    {
        var at = ifd.FindIndex(e => e.Tag == tag);
        if (at >= 0)
        {
            ifd[at] = ifd[at] with { Value = LongBytes((uint)offset) };
        }
    }

    private static void Write(MemoryStream output, List<Entry> ifd, int offset, int next)
    {
        if (ifd.Count == 0)
        {
            return;
        }

        ifd.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        var data = offset + 2 + (12 * ifd.Count) + 4;
        var tail = new MemoryStream();
        output.Write(ShortBytes((ushort)ifd.Count));
        foreach (var entry in ifd)
        {
            output.Write(ShortBytes(entry.Tag));
            output.Write(ShortBytes(entry.Type));
            output.Write(LongBytes(entry.Count));
            if (entry.Value.Length <= 4)
            {
                var inline = new byte[4];
                entry.Value.CopyTo(inline, 0);
                output.Write(inline);
            }
            else
            {
                output.Write(LongBytes((uint)(data + tail.Length)));
                tail.Write(entry.Value);
                if ((entry.Value.Length & 1) == 1)
                {
                    tail.WriteByte(0);
                }
            }
        }

        output.Write(LongBytes((uint)next));
        tail.WriteTo(output);
    }

    private static byte[] ShortBytes(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] LongBytes(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private sealed record Entry(ushort Tag, ushort Type, uint Count, byte[] Value);
}

using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PreAuthKit.Pdf;

/// <summary>
/// Finishes the file PDFsharp wrote (with its compression turned off) so that independent readers
/// accept it. PDFsharp 6.2.4's own Flate encoder writes a zlib header and raw deflate data but no
/// Adler-32 trailer, which qpdf, MuPDF, Ghostscript and every strict zlib decoder reject; it has no
/// hook to replace the encoder. So PDFsharp writes every stream uncompressed and this pass, object
/// by object:
/// <list type="bullet">
/// <item>compresses each stream that is not already compressed (JPEG photos keep <c>/DCTDecode</c>, the
/// XMP metadata stays plain text) with <see cref="ZLibStream"/>, a complete RFC 1950 stream with its Adler-32;
/// a stream that already says <c>/FlateDecode</c> is inflated and compressed again the same way;</item>
/// <item>rewrites each ToUnicode CMap as <c>bfchar</c> entries (see <see cref="ToUnicodeCMap"/>);</item>
/// <item>corrects each font descriptor (see <see cref="FontDescriptorFix"/>);</item>
/// <item>drops the page-level transparency group PDFsharp adds although nothing is transparent, and the
/// images' <c>/Interpolate true</c>;</item>
/// <item>completes the XMP packet (<see cref="XmpPacket"/>);</item>
/// <item>writes a new cross-reference table for the new offsets.</item>
/// </list>
/// Deterministic: the same input gives the same bytes.
/// </summary>
internal static partial class PdfFinisher
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();

    /// <summary>Returns the finished file.</summary>
    public static byte[] Finish(byte[] pdf, CompressionLevel level, bool archival = false) => Finish(pdf.AsSpan(), level, archival);

    /// <summary>
    /// Returns the finished file. One pass over the input, writing into a reused per-thread buffer:
    /// an object that needs no change is copied as it is, each stream is compressed once straight
    /// into a reused buffer, and only the finished file is allocated.
    /// </summary>
    public static byte[] Finish(ReadOnlySpan<byte> pdf, CompressionLevel level, bool archival = false)
    {
        var startXref = ReadStartXref(pdf);
        var (offsets, trailer) = ReadXref(pdf, startXref);
        offsets.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var output = PdfScratch.Rent(ref PdfScratch.Output, pdf.Length);
        var compressed = PdfScratch.Rent(ref PdfScratch.Compressed, pdf.Length / 2);
        try
        {
            var firstOffset = offsets.Count == 0 ? startXref : offsets[0].Offset;
            output.Write(pdf[..firstOffset]);
            var size = 1;
            foreach (var (number, _) in offsets)
            {
                size = Math.Max(size, number + 1);
            }

            var newOffsets = new long[size];
            for (var i = 0; i < offsets.Count; i++)
            {
                var (number, start) = offsets[i];
                var end = i + 1 < offsets.Count ? offsets[i + 1].Offset : startXref;
                newOffsets[number] = output.Position;
                WriteObject(output, compressed, pdf[start..end], level, archival);
            }

            var xref = output.Position;
            Span<byte> digits = stackalloc byte[20];
            output.Write("xref\n0 "u8);
            WriteNumber(output, size, digits);
            output.Write("\n0000000000 65535 f \n"u8);
            for (var n = 1; n < size; n++)
            {
                if (newOffsets[n] > 0)
                {
                    Utf8Formatter.TryFormat(newOffsets[n], digits, out var written, new StandardFormat('D', 10));
                    output.Write(digits[..written]);
                    output.Write(" 00000 n \n"u8);
                }
                else
                {
                    output.Write("0000000000 65535 f \n"u8);
                }
            }

            output.Write("trailer\n"u8);
            output.Write(Encoding.Latin1.GetBytes(trailer));
            output.Write("\nstartxref\n"u8);
            WriteNumber(output, xref, digits);
            output.Write("\n%%EOF\n"u8);
            return output.ToArray();
        }
        finally
        {
            PdfScratch.Return(ref PdfScratch.Output, output);
            PdfScratch.Return(ref PdfScratch.Compressed, compressed);
        }
    }

    private static void WriteNumber(MemoryStream output, long value, Span<byte> digits)
    {
        Utf8Formatter.TryFormat(value, digits, out var written);
        output.Write(digits[..written]);
    }

    private static void WriteObject(MemoryStream output, MemoryStream compressed, ReadOnlySpan<byte> obj, CompressionLevel level, bool archival)
    {
        var streamAt = FindStreamKeyword(obj);
        if (streamAt < 0)
        {
            WriteDictionary(output, obj);
            return;
        }

        var header = Encoding.Latin1.GetString(obj[..streamAt]);
        var dataStart = streamAt + StreamKeyword.Length;
        if (obj[dataStart] == (byte)'\r')
        {
            dataStart++;
        }

        if (obj[dataStart] == (byte)'\n')
        {
            dataStart++;
        }

        var lengthMatch = LengthPattern().Match(header);
        if (!lengthMatch.Success)
        {
            throw new InvalidOperationException("A PDF stream has no direct /Length.");
        }

        var length = int.Parse(lengthMatch.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        ReadOnlySpan<byte> data = obj.Slice(dataStart, length);
        var tail = obj[(dataStart + length)..];

        var filter = FilterPattern().Match(header);

        // Streams imported from other PDFs (submission packet enclosures) may name their filters as
        // an array: [/FlateDecode] is recompressed like a single name; any other chain
        // ([/ASCII85Decode /FlateDecode], [/DCTDecode]) is kept exactly as its producer encoded it.
        var filterArray = FilterArrayPattern().Match(header);
        var arrayIsFlate = filterArray.Success && filterArray.Groups[1].ValueSpan.Trim() is "/FlateDecode";
        var isMetadata = header.Contains("/Type/Metadata", StringComparison.Ordinal);
        if (isMetadata)
        {
            data = XmpPacket.Complete(data.ToArray(), archival);
        }

        if (ToUnicodeCMap.IsCMap(data) && ToUnicodeCMap.IsPdfSharpStyle(data))
        {
            data = ToUnicodeCMap.AsBfChar(data);
        }

        if ((filter.Success && filter.Groups[1].ValueSpan is "FlateDecode") || arrayIsFlate)
        {
            data = Deflate(compressed, InflateLenient(data), level);
        }
        else if (!filter.Success && !filterArray.Success && !isMetadata)
        {
            data = Deflate(compressed, data, level);
            header = header.Insert(lengthMatch.Index, "/Filter/FlateDecode");
            lengthMatch = LengthPattern().Match(header);
        }

        header = header[..lengthMatch.Groups[1].Index] + data.Length.ToString(CultureInfo.InvariantCulture) + header[(lengthMatch.Groups[1].Index + lengthMatch.Groups[1].Length)..];
        WriteDictionary(output, header);
        output.Write("stream\n"u8);
        output.Write(data);
        if (tail.Length == 0 || (tail[0] != (byte)'\n' && tail[0] != (byte)'\r'))
        {
            output.WriteByte((byte)'\n');
        }

        output.Write(tail);
    }

    /// <summary>Writes an object's text (a dictionary, or a stream's head) with the fixes applied; an object none applies to is copied as it is.</summary>
    private static void WriteDictionary(MemoryStream output, ReadOnlySpan<byte> text)
    {
        if (text.IndexOf("/Type/FontDescriptor"u8) < 0 && text.IndexOf("/Type/Page"u8) < 0 && text.IndexOf("/Interpolate true"u8) < 0)
        {
            output.Write(text);
            return;
        }

        WriteDictionary(output, Encoding.Latin1.GetString(text));
    }

    private static void WriteDictionary(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(FixDictionary(text)));

    private static string FixDictionary(string text)
    {
        if (text.Contains("/Type/FontDescriptor", StringComparison.Ordinal))
        {
            text = FontDescriptorFix.Apply(text);
        }

        if (text.Contains("/Type/Page/", StringComparison.Ordinal) || text.Contains("/Type/Page>", StringComparison.Ordinal))
        {
            text = GroupPattern().Replace(text, "");
        }

        // PDFsharp marks every image /Interpolate true, which PDF/A forbids (ISO 19005-2, 6.2.8).
        return text.Replace("/Interpolate true", "", StringComparison.Ordinal);
    }

    /// <summary>Compresses into a complete zlib stream (RFC 1950: header, deflate data, Adler-32).</summary>
    public static byte[] Deflate(byte[] data, CompressionLevel level)
    {
        using var buffer = new MemoryStream(data.Length / 2 + 64);
        return Deflate(buffer, data, level).ToArray();
    }

    /// <summary>Compresses into <paramref name="buffer"/> (emptied first) and returns its content, valid until the buffer is used again.</summary>
    private static ReadOnlySpan<byte> Deflate(MemoryStream buffer, ReadOnlySpan<byte> data, CompressionLevel level)
    {
        buffer.SetLength(0);
        using (var zlib = new ZLibStream(buffer, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    /// <summary>Inflates PDFsharp's zlib data, which may lack its Adler-32 trailer (skips the 2-byte header, reads raw deflate).</summary>
    private static byte[] InflateLenient(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data[2..].ToArray(), writable: false);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var result = new MemoryStream(data.Length * 3);
        deflate.CopyTo(result);
        return result.ToArray();
    }

    private static int FindStreamKeyword(ReadOnlySpan<byte> obj)
    {
        // The first "stream" after the end of the object's dictionary: PDFsharp writes ">>\nstream\n".
        for (var at = obj.IndexOf(StreamKeyword); at >= 0;)
        {
            var before = at > 0 ? obj[at - 1] : (byte)0;
            if (before is (byte)'\n' or (byte)'\r' or (byte)'>' or (byte)' ')
            {
                return at;
            }

            var next = obj[(at + 1)..].IndexOf(StreamKeyword);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return -1;
    }

    private static int ReadStartXref(ReadOnlySpan<byte> pdf)
    {
        var at = pdf.LastIndexOf("startxref"u8);
        if (at < 0)
        {
            throw new InvalidOperationException("The PDF has no startxref.");
        }

        var text = Encoding.ASCII.GetString(pdf[(at + 9)..]).Trim();
        var digits = new string(text.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static (List<(int Number, int Offset)> Offsets, string Trailer) ReadXref(ReadOnlySpan<byte> pdf, int startXref)
    {
        var text = Encoding.Latin1.GetString(pdf[startXref..]);
        if (!text.StartsWith("xref", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The PDF has no classic cross-reference table.");
        }

        var offsets = new Dictionary<int, int>();
        var trailerAt = text.IndexOf("trailer", StringComparison.Ordinal);
        var lines = text[4..trailerAt].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var number = 0;
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                number = int.Parse(parts[0], CultureInfo.InvariantCulture);
                continue;
            }

            if (parts.Length == 3 && parts[2] == "n")
            {
                offsets[number] = int.Parse(parts[0], CultureInfo.InvariantCulture);
            }

            number++;
        }

        var dictStart = text.IndexOf("<<", trailerAt, StringComparison.Ordinal);
        var dictEnd = MatchingEnd(text, dictStart);
        return ([.. offsets.Select(o => (o.Key, o.Value))], text[dictStart..dictEnd]);
    }

    private static int MatchingEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return i + 1;
                }
            }
        }

        throw new InvalidOperationException("Unbalanced trailer dictionary.");
    }

    [GeneratedRegex(@"/Length\s+(\d+)(?!\d)(?!\s+\d+\s+R)")]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"/Filter\s*/([A-Za-z0-9]+)")]
    private static partial Regex FilterPattern();

    [GeneratedRegex(@"/Filter\s*\[([^\]]*)\]")]
    private static partial Regex FilterArrayPattern();

    [GeneratedRegex(@"/Group\s*<</CS/DeviceRGB/S/Transparency>>")]
    private static partial Regex GroupPattern();
}

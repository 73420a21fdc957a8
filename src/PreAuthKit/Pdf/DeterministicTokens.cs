using System.Security.Cryptography;
using System.Text;

namespace PreAuthKit.Pdf;

/// <summary>
/// PDFsharp 6.2.4 has no API for its per-save random tokens: the XMP <c>xmpMM:DocumentID</c> and
/// <c>xmpMM:InstanceID</c> UUIDs and the six-letter font-subset tags (<c>ABCDEF+Liberation…</c>).
/// This rewrites them in place, byte for byte the same length, from a hash of the content, so
/// the cross-reference offsets stay valid and the same case always yields the same bytes.
/// Both token kinds live in uncompressed parts of the file (the XMP stream is not compressed and
/// the tags sit in font dictionaries), so nothing inside a compressed stream is touched.
/// </summary>
internal static class DeterministicTokens
{
    private static readonly byte[] UuidMarker = "uuid:"u8.ToArray();
    private static readonly byte[][] FontKeys = ["/BaseFont/"u8.ToArray(), "/FontName/"u8.ToArray()];

    /// <summary>Rewrites the tokens; returns how many were rewritten.</summary>
    public static int Rewrite(byte[] pdf, ReadOnlySpan<byte> seed)
    {
        var count = 0;
        var uuidIndex = 0;
        var span = pdf.AsSpan();
        for (var at = span.IndexOf(UuidMarker); at >= 0;)
        {
            var start = at + UuidMarker.Length;
            if (IsUuid(span.Slice(start, Math.Min(36, span.Length - start))))
            {
                var replacement = Encoding.ASCII.GetBytes(DerivedGuid(seed, "xmp-uuid-" + uuidIndex++).ToString("D"));
                replacement.CopyTo(span[start..]);
                count++;
            }

            var next = span[(start)..].IndexOf(UuidMarker);
            at = next < 0 ? -1 : start + next;
        }

        var tags = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var key in FontKeys)
        {
            for (var at = span.IndexOf(key); at >= 0;)
            {
                var start = at + key.Length;
                if (start + 7 <= span.Length && span[start + 6] == (byte)'+' && IsTag(span.Slice(start, 6)))
                {
                    var nameEnd = start + 7;
                    while (nameEnd < span.Length && !IsDelimiter(span[nameEnd]))
                    {
                        nameEnd++;
                    }

                    var fontName = Encoding.ASCII.GetString(span[(start + 7)..nameEnd]);
                    var old = Encoding.ASCII.GetString(span.Slice(start, 6));
                    if (!tags.TryGetValue(old, out var replacement))
                    {
                        replacement = UniqueTag(seed, fontName, tags.Values);
                        tags[old] = replacement;
                    }

                    replacement.CopyTo(span[start..]);
                    count++;
                }

                var next = span[start..].IndexOf(key);
                at = next < 0 ? -1 : start + next;
            }
        }

        return count;
    }

    private static byte[] UniqueTag(ReadOnlySpan<byte> seed, string fontName, IEnumerable<byte[]> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var hash = Hash(seed, $"font-tag-{fontName}-{attempt}");
            var tag = new byte[6];
            for (var i = 0; i < 6; i++)
            {
                tag[i] = (byte)('A' + (hash[i] % 26));
            }

            if (!taken.Any(t => t.AsSpan().SequenceEqual(tag)))
            {
                return tag;
            }
        }
    }

    private static Guid DerivedGuid(ReadOnlySpan<byte> seed, string purpose)
    {
        var bytes = Hash(seed, purpose).AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5 style (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private static byte[] Hash(ReadOnlySpan<byte> seed, string purpose)
    {
        var purposeBytes = Encoding.UTF8.GetBytes(purpose);
        var input = new byte[seed.Length + purposeBytes.Length];
        seed.CopyTo(input);
        purposeBytes.CopyTo(input.AsSpan(seed.Length));
        return SHA256.HashData(input);
    }

    private static bool IsTag(ReadOnlySpan<byte> value)
    {
        foreach (var b in value)
        {
            if (b is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUuid(ReadOnlySpan<byte> value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < 36; i++)
        {
            var b = value[i];
            var ok = i is 8 or 13 or 18 or 23 ? b == (byte)'-' : char.IsAsciiHexDigit((char)b);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDelimiter(byte b) => b is (byte)'/' or (byte)' ' or (byte)'>' or (byte)'<' or (byte)'[' or (byte)']' or (byte)'(' or (byte)'\r' or (byte)'\n';
}

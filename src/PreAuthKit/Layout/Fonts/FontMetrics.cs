using System.Buffers.Binary;

namespace PreAuthKit.Layout.Fonts;

/// <summary>
/// Advance widths and character coverage of one TrueType face, read once from the font program's
/// <c>head</c>, <c>hhea</c>, <c>hmtx</c> and <c>cmap</c> tables (formats 4 and 12). PDFsharp draws
/// glyphs at their advance widths without kerning, so these widths are exactly what it prints.
/// </summary>
internal sealed class FontMetrics
{
    private readonly Dictionary<int, int> _glyphs;
    private readonly ushort[] _advances;
    private readonly double[] _asciiWidths = new double[128];

    private FontMetrics(int unitsPerEm, ushort[] advances, Dictionary<int, int> glyphs)
    {
        UnitsPerEm = unitsPerEm;
        _advances = advances;
        _glyphs = glyphs;
        for (var c = 0; c < 128; c++)
        {
            _asciiWidths[c] = _glyphs.TryGetValue(c, out var glyph) ? Advance(glyph) / (double)unitsPerEm : 0;
        }
    }

    /// <summary>Font design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Reads the metrics of a TrueType font program.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a TrueType font with the needed tables.</exception>
    public static FontMetrics Parse(ReadOnlySpan<byte> font)
    {
        var head = Table(font, "head"u8);
        var hhea = Table(font, "hhea"u8);
        var hmtx = Table(font, "hmtx"u8);
        var maxp = Table(font, "maxp"u8);
        var cmap = Table(font, "cmap"u8);

        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        var numberOfHMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        var advances = new ushort[Math.Max(numGlyphs, numberOfHMetrics)];
        for (var g = 0; g < advances.Length; g++)
        {
            var index = Math.Min(g, numberOfHMetrics - 1);
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(index * 4)..]);
        }

        return new FontMetrics(unitsPerEm, advances, ReadCmap(cmap));
    }

    /// <summary>Whether the face has a glyph for the code point.</summary>
    public bool Covers(int codePoint) => _glyphs.ContainsKey(codePoint);

    /// <summary>Width of the text in ems (multiply by the font size for points). Unmapped characters count as the missing glyph.</summary>
    public double WidthInEms(ReadOnlySpan<char> text)
    {
        double units = 0;
        double ems = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                ems += _asciiWidths[c];
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }

            units += Advance(_glyphs.GetValueOrDefault(codePoint));
        }

        return ems + (units / UnitsPerEm);
    }

    private ushort Advance(int glyph) => glyph < _advances.Length ? _advances[glyph] : (ushort)0;

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, ReadOnlySpan<byte> tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + (i * 16), 16);
            if (record[..4].SequenceEqual(tag))
            {
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                return font.Slice(offset, length);
            }
        }

        throw new InvalidDataException($"The font has no '{System.Text.Encoding.ASCII.GetString(tag)}' table.");
    }

    private static Dictionary<int, int> ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + (i * 8), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            if (format == 12 && (platform == 3 || platform == 0))
            {
                format12 = offset;
            }
            else if (format == 4 && ((platform == 3 && encoding == 1) || platform == 0))
            {
                format4 = offset;
            }
        }

        var glyphs = new Dictionary<int, int>();
        if (format12 >= 0)
        {
            ReadFormat12(cmap[format12..], glyphs);
        }
        else if (format4 >= 0)
        {
            ReadFormat4(cmap[format4..], glyphs);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode character map.");
        }

        return glyphs;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, Dictionary<int, int> glyphs)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (s * 2))..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (s * 2))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (s * 2))..]);
            var rangeOffsetAt = rangeOffsets + (s * 2);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[rangeOffsetAt..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsetAt + rangeOffset + ((c - start) * 2);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0)
                {
                    glyphs[c] = glyph;
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, Dictionary<int, int> glyphs)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (g * 12), 12);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++)
            {
                if (glyph + c - start != 0)
                {
                    glyphs[c] = glyph + c - start;
                }
            }
        }
    }
}

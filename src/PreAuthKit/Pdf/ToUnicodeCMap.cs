using System.Text;
using System.Text.RegularExpressions;

namespace PreAuthKit.Pdf;

/// <summary>
/// Rewrites PDFsharp's ToUnicode CMaps as one <c>bfchar</c> entry per glyph code.
/// PDFsharp writes every code as a one-code <c>bfrange</c> (<c>&lt;0103&gt;&lt;0103&gt;&lt;0141&gt;</c>), which
/// is valid, but Ghostscript's pdfwrite (Debian ghostscript 10.x, measured) carries such ranges into
/// its output wrongly when the destination lies above U+00FF: "Łucja Wróbel-Nguyễn" came back as
/// "Aucja Wróbel-Nguyßn" after a plain <c>gs -sDEVICE=pdfwrite</c>, and with it every DMS copy made
/// by OCRmyPDF or a PDF/A conversion. The same mappings written as <c>bfchar</c> survive (tested in
/// <c>PdfRoundTripTests</c>). The code space becomes the full two-byte range
/// <c>&lt;0000&gt;&lt;FFFF&gt;</c>, as Identity-H requires (PDFsharp wrote the lowest to the highest used code).
/// </summary>
internal static partial class ToUnicodeCMap
{
    private static readonly byte[] Marker = "/CIDInit /ProcSet findresource begin"u8.ToArray();

    public static bool IsCMap(ReadOnlySpan<byte> data) => data.StartsWith(Marker);

    /// <summary>
    /// True for a CMap as PDFsharp writes it: every <c>bfrange</c> maps one code to one valid
    /// scalar value. CMaps of imported (third-party) pages, such as Tesseract's single
    /// <c>&lt;0000&gt; &lt;FFFF&gt;</c> range, are left exactly as their producer wrote them.
    /// </summary>
    public static bool IsPdfSharpStyle(ReadOnlySpan<byte> data)
    {
        var text = Encoding.ASCII.GetString(data);
        foreach (Match block in BfRangeBlock().Matches(text))
        {
            foreach (Match entry in BfRangeEntry().Matches(block.Groups[1].Value))
            {
                if (entry.Groups[1].Value != entry.Groups[2].Value || entry.Groups[3].Value.Length > 6)
                {
                    return false;
                }

                var destination = Convert.ToInt32(entry.Groups[3].Value, 16);
                if (destination > 0x10FFFF || destination is >= 0xD800 and <= 0xDFFF)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static byte[] AsBfChar(ReadOnlySpan<byte> data)
    {
        var text = Encoding.ASCII.GetString(data);
        var entries = new List<(int Code, string Unicode)>();
        foreach (Match block in BfRangeBlock().Matches(text))
        {
            foreach (Match entry in BfRangeEntry().Matches(block.Groups[1].Value))
            {
                var first = Convert.ToInt32(entry.Groups[1].Value, 16);
                var last = Convert.ToInt32(entry.Groups[2].Value, 16);
                var destination = Convert.ToInt32(entry.Groups[3].Value, 16);
                for (var code = first; code <= last; code++)
                {
                    entries.Add((code, char.ConvertFromUtf32(destination + (code - first))));
                }
            }
        }

        foreach (Match block in BfCharBlock().Matches(text))
        {
            foreach (Match entry in BfCharEntry().Matches(block.Groups[1].Value))
            {
                entries.Add((Convert.ToInt32(entry.Groups[1].Value, 16), HexToString(entry.Groups[2].Value)));
            }
        }

        entries.Sort((a, b) => a.Code.CompareTo(b.Code));
        var cmap = new StringBuilder(64 + (entries.Count * 16));
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        cmap.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        cmap.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        cmap.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var i = 0; i < entries.Count; i += 100)
        {
            var count = Math.Min(100, entries.Count - i);
            cmap.Append(count).Append(" beginbfchar\n");
            for (var j = i; j < i + count; j++)
            {
                cmap.Append('<').Append(entries[j].Code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append("> <");
                foreach (var c in entries[j].Unicode)
                {
                    cmap.Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }

                cmap.Append(">\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }

    private static string HexToString(string hex)
    {
        var chars = new char[hex.Length / 4];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)Convert.ToInt32(hex.Substring(i * 4, 4), 16);
        }

        return new string(chars);
    }

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRangeBlock();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex BfRangeEntry();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfCharBlock();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex BfCharEntry();
}

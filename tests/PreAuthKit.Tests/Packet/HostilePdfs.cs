using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// Hostile PDFs, written byte by byte at test time (synthetic, nothing committed): each one aims at
/// a failure point of PDFsharp 6.2.4's reader (recursive parser, recursive page tree, the
/// <c>/Prev</c> chain, stream lengths) or at a feature the packet must refuse or carry. Every file
/// shows the words of <see cref="Text"/> on its page when a reader can read it.
/// </summary>
internal static class HostilePdfs
{
    public const string Text = "Hostile fixture page";

    private const string Content = "BT /F1 18 Tf 72 700 Td (" + Text + ") Tj ET";

    /// <summary>A plain one-page file (the control).</summary>
    public static byte[] Plain() => Write(Objects());

    /// <summary>The page dictionary carries an entry nested <paramref name="levels"/> deep, as arrays or as dictionaries.</summary>
    public static byte[] DeepNesting(int levels, bool dictionaries, bool closed = true)
    {
        var deep = new StringBuilder(levels * 6);
        deep.Insert(0, dictionaries ? "<< /A " : "[", levels);
        if (closed)
        {
            deep.Insert(deep.Length, dictionaries ? " >>" : "]", levels);
        }

        return Write(Objects(pageExtra: "/Deep " + deep));
    }

    /// <summary>An object stream (Flate) holding a deeply nested array the page refers to.</summary>
    public static byte[] DeepNestingInObjectStream(int levels)
    {
        var body = "6 0 " + new string('[', levels) + new string(']', levels);
        return Write(Objects(pageExtra: "/Deep 6 0 R", extra: [ObjectStream(1, 4, body)]));
    }

    /// <summary>
    /// A deeply nested array in an object stream whose data has a PNG predictor (rows of
    /// <c>/Columns 5</c> bytes, "Up"-filtered): the scan must undo the predictor to see it.
    /// </summary>
    public static byte[] DeepNestingInPredictedObjectStream(int levels)
    {
        var body = Encoding.Latin1.GetBytes("6 0 " + new string('[', levels) + new string(']', levels));
        body = [.. body, .. Enumerable.Repeat((byte)' ', (5 - (body.Length % 5)) % 5)];
        // PNG "Up" filter (type 2): each byte minus the one above, so the brackets only appear once the predictor is undone.
        var chunks = body.Chunk(5).ToList();
        var rows = chunks.SelectMany((row, r) => r == 0 ? (byte[])[0, .. row] : [2, .. row.Select((b, k) => (byte)(b - chunks[r - 1][k]))]).ToArray();
        var compressed = Deflate(rows);
        var stream = string.Create(CultureInfo.InvariantCulture, $"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 5 >> /Length {compressed.Length} >>\nstream\n") + Encoding.Latin1.GetString(compressed) + "\nendstream";
        return Write(Objects(pageExtra: "/Deep 6 0 R", extra: [stream]));
    }

    /// <summary>An object stream behind a filter chain (ASCII hex, then Flate) the scan does not decode.</summary>
    public static byte[] ObjectStreamBehindAFilterChain()
    {
        var hex = Convert.ToHexString(Deflate(Encoding.Latin1.GetBytes("6 0 [1 2 3]"))) + ">";
        var stream = string.Create(CultureInfo.InvariantCulture, $"<< /Type /ObjStm /N 1 /First 4 /Filter [/ASCIIHexDecode /FlateDecode] /Length {hex.Length} >>\nstream\n{hex}\nendstream");
        return Write(Objects(pageExtra: "/Extra 6 0 R", extra: [stream]));
    }

    /// <summary>An object stream that claims more objects than the reader accepts.</summary>
    public static byte[] HugeObjectCount() => Write(Objects(extra: [ObjectStream(5_000_000, 4, "6 0 null")]));

    /// <summary>A page tree whose root lists itself among its kids.</summary>
    public static byte[] PageTreeNamingItself() => Write(Objects(pages: "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"));

    /// <summary>A page tree whose grandchild lists the root (via an indirect /Kids array).</summary>
    public static byte[] PageTreeLoopingThroughAnArray()
    {
        var objects = Objects(pages: "<< /Type /Pages /Kids [6 0 R] /Count 1 >>");
        objects.Add("<< /Type /Pages /Parent 2 0 R /Kids 7 0 R /Count 1 >>");
        objects.Add("[3 0 R 2 0 R]");
        objects[2] = objects[2].Replace("/Parent 2 0 R", "/Parent 6 0 R", StringComparison.Ordinal);
        return Write(objects);
    }

    /// <summary>A trailer whose /Prev points at its own cross-reference section.</summary>
    public static byte[] PrevPointingAtItself() => Write(Objects(), prev: xref => xref.ToString(CultureInfo.InvariantCulture));

    /// <summary>Two cross-reference sections whose /Prev entries point at each other.</summary>
    public static byte[] PrevLoopOfTwo()
    {
        // The first section's /Prev is a fixed-width placeholder, filled in once the second section's offset is known.
        const string Placeholder = "XXXXXXXXXX";
        var text = Encoding.Latin1.GetString(Write(Objects(), prev: _ => Placeholder));
        var first = StartXref(Encoding.Latin1.GetBytes(text));
        var second = text.Length;
        text += string.Create(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev {first} >>\nstartxref\n{second}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.Replace(Placeholder, second.ToString("D10", CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>The content stream's /Length says <paramref name="length"/> (the truth is the content's length).</summary>
    public static byte[] LengthSays(long length) => Write(Objects(length: length));

    /// <summary>The plain file cut after <paramref name="fraction"/> of its bytes.</summary>
    public static byte[] Truncated(double fraction)
    {
        var plain = Plain();
        return plain[..(int)(plain.Length * fraction)];
    }

    /// <summary>The plain file followed by binary garbage after <c>%%EOF</c>.</summary>
    public static byte[] GarbageAfterEof()
    {
        var garbage = new byte[4096];
        new Random(3).NextBytes(garbage);
        return [.. Plain(), .. garbage];
    }

    /// <summary>The page and its font inside a Flate object stream, with a cross-reference stream (PDF 1.5).</summary>
    public static byte[] WithObjectStream()
    {
        const string Page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>";
        const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        var pdf = new StringBuilder("%PDF-1.5\n");
        var offsets = new Dictionary<int, int>();
        void Add(int number, string body)
        {
            offsets[number] = pdf.Length;
            pdf.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        Add(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Add(4, string.Create(CultureInfo.InvariantCulture, $"<< /Length {Content.Length} >>\nstream\n{Content}\nendstream"));
        var header = string.Create(CultureInfo.InvariantCulture, $"3 0 5 {Page.Length + 1} ");
        var stream = ObjectStream(2, header.Length, header + Page + " " + Font);
        Add(6, stream);
        var xrefAt = pdf.Length;
        // Cross-reference stream: W [1 4 2], entries for objects 0..7.
        var rows = new List<byte[]>
        {
            Row(0, 0, 65535), Row(1, offsets[1], 0), Row(1, offsets[2], 0), Row(2, 6, 0), Row(1, offsets[4], 0), Row(2, 6, 1), Row(1, offsets[6], 0), Row(1, xrefAt, 0),
        };
        var data = rows.SelectMany(r => r).ToArray();
        var head = string.Create(CultureInfo.InvariantCulture, $"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length {data.Length} >>\nstream\n");
        var bytes = new List<byte>(Encoding.Latin1.GetBytes(pdf.ToString()));
        bytes.AddRange(Encoding.Latin1.GetBytes(head));
        bytes.AddRange(data);
        bytes.AddRange(Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n")));
        return [.. bytes];
    }

    /// <summary>An AcroForm whose content is XFA (the pages carry only a placeholder, no widgets).</summary>
    public static byte[] XfaForm() => Write(Objects(catalogExtra: "/AcroForm << /Fields [] /XFA 6 0 R >>", extra: ["<< /Length 7 >>\nstream\n<xdp/> \nendstream"]));

    /// <summary>A page whose MediaBox is <paramref name="box"/>.</summary>
    public static byte[] MediaBox(string box) => Write(Objects(mediaBox: box));

    /// <summary>A page with /Rotate <paramref name="degrees"/>.</summary>
    public static byte[] Rotated(int degrees) => Write(Objects(pageExtra: string.Create(CultureInfo.InvariantCulture, $"/Rotate {degrees}")));

    /// <summary>A page tree root whose /Parent is itself.</summary>
    public static byte[] PagesParentLoop() => Write(Objects(pages: "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 2 0 R >>"));

    /// <summary>A page whose /Parent is the page itself.</summary>
    public static byte[] PageParentSelf()
    {
        var objects = Objects();
        objects[2] = objects[2].Replace("/Parent 2 0 R", "/Parent 3 0 R", StringComparison.Ordinal);
        return Write(objects);
    }

    /// <summary>A page tree claiming int.MaxValue pages (PDFsharp reports the claimed /Count).</summary>
    public static byte[] CountHuge() => Write(Objects(pages: "<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>"));

    /// <summary>A page tree that says it has pages but lists none.</summary>
    public static byte[] CountWithoutKids() => Write(Objects(pages: "<< /Type /Pages /Kids [] /Count 3 >>"));

    private static List<string> Objects(string pageExtra = "", string pages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", string catalogExtra = "", long? length = null, string mediaBox = "[0 0 612 792]", IReadOnlyList<string>? extra = null)
    {
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            pages,
            $"<< /Type /Page /Parent 2 0 R /MediaBox {mediaBox} /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> {pageExtra} >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {length ?? Content.Length} >>\nstream\n{Content}\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        objects.AddRange(extra ?? []);
        return objects;
    }

    private static string ObjectStream(int count, int first, string body)
    {
        var compressed = Deflate(Encoding.Latin1.GetBytes(body));
        return string.Create(CultureInfo.InvariantCulture, $"<< /Type /ObjStm /N {count} /First {first} /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n") + Encoding.Latin1.GetString(compressed) + "\nendstream";
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Row(int type, int field2, int field3) => [(byte)type, (byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2, (byte)(field3 >> 8), (byte)field3];

    private static long StartXref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal) + "startxref".Length;
        return long.Parse(text.AsSpan(at).Trim().ToString().Split('\n')[0], CultureInfo.InvariantCulture);
    }

    private static byte[] Write(List<string> objects, Func<int, string>? prev = null)
        => HandMadePdfs.Write(objects, prev is null ? null : xref => "/Prev " + prev(xref));
}

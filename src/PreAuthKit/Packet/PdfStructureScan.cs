using System.Globalization;
using System.IO.Compression;

namespace PreAuthKit.Packet;

/// <summary>
/// A bounded, linear pre-scan of a PDF's bytes before PDFsharp sees them. PDFsharp 6.2.4 has
/// failure modes no <c>catch</c> can stop, read from its source (<c>Pdf.IO/Parser.cs</c>,
/// <c>Pdf/PdfPages.cs</c>, <c>Pdf.IO/PdfReader.cs</c>) and reproduced by the hostile test PDFs:
/// <list type="bullet">
/// <item><c>Parser.ReadArray</c>/<c>ReadDictionary</c> recurse through <c>ParseObject</c> once per
/// nesting level, so 100,000 nested <c>[</c> overflow the stack and end the process;</item>
/// <item><c>PdfPages.GetKids</c> recurses through the page tree without a visited set, so a
/// <c>/Kids</c> array that names its own node (or an ancestor) overflows the stack;</item>
/// <item>reading the cross-reference sections follows <c>/Prev</c> without a visited set, so a
/// <c>/Prev</c> that points back at an earlier section loops for ever.</item>
/// </list>
/// This scan tokenizes the file once (strings, comments, names and hex strings skipped, stream
/// data skipped by its direct <c>/Length</c> or by searching <c>endstream</c>), inflates object
/// streams (<c>/Type /ObjStm</c>, Flate) within a byte cap and scans them the same way, and refuses
/// a file whose nesting, object count, page-tree shape or cross-reference chain is beyond the
/// limits below. It never throws and its cost is linear in the bytes (plus the capped inflation).
/// Object streams are read when Flate-encoded, with or without a PNG or TIFF predictor; one in any
/// other encoding is refused (PDFsharp would parse what the scan cannot see). It is not a PDF parser: what it lets through is parsed by PDFsharp on the guarded thread
/// (<see cref="PdfParseGuard"/>), whose time budget covers whatever the scan cannot see.
/// </summary>
internal static class PdfStructureScan
{
    /// <summary>Deepest array/dictionary nesting accepted (real files stay below 10; PDFsharp overflows near 17,000 on a 1.5 MB stack).</summary>
    public const int MaxNesting = 100;

    /// <summary>Most indirect objects (file and object streams together); a 300-page scan has a few thousand.</summary>
    public const int MaxObjects = 250_000;

    /// <summary>Deepest page tree (<c>/Kids</c> levels); real trees have fewer than 10.</summary>
    public const int MaxTreeDepth = 256;

    /// <summary>Most bytes all object streams may inflate to together.</summary>
    public const long MaxInflatedBytes = 256L * 1024 * 1024;

    /// <summary>Most cross-reference sections followed through <c>/Prev</c>.</summary>
    public const int MaxXrefSections = 1024;

    /// <summary>How far back a stream's dictionary is looked for.</summary>
    private const int DictionaryWindow = 64 * 1024;

    /// <summary>How far into a cross-reference section its trailer is looked for (a 250,000-object table is 5 MB).</summary>
    private const int SectionWindow = 8 * 1024 * 1024;

    /// <summary>Scans <paramref name="pdf"/>; returns null when it is within the limits, else a short data-free reason.</summary>
    public static string? Check(ReadOnlySpan<byte> pdf)
    {
        var state = new State();
        if (Scan(pdf, state, inObjectStream: false) is { } problem)
        {
            return problem;
        }

        if (state.Objects > MaxObjects)
        {
            return string.Create(CultureInfo.InvariantCulture, $"more than {MaxObjects:N0} objects");
        }

        return PageTreeProblem(state) ?? XrefChainProblem(pdf);
    }

    /// <summary>What one scan collects: object counts, each object's <c>/Kids</c> references, inflated bytes.</summary>
    private sealed class State
    {
        public int Objects;
        public long Inflated;
        public readonly Dictionary<int, List<int>> Kids = [];
        public readonly Dictionary<int, int> KidsArrayRef = [];
        public readonly Dictionary<int, List<int>> Arrays = [];
    }

    private static string? Scan(ReadOnlySpan<byte> pdf, State state, bool inObjectStream, int objectStreamFirst = 0, List<int>? objectStreamNumbers = null, List<int>? objectStreamOffsets = null)
    {
        var depth = 0;
        var objectNumber = -1;
        var objectStart = 0;
        long last = -1;
        long beforeLast = -1;
        var i = 0;
        var nextInStream = 0;

        // /Kids references are collected in the same pass (never by scanning ahead): the owner waiting
        // for its /Kids value, an object whose value may be an array, and the array being collected.
        var kidsOwner = -1;
        var arrayOwner = -1;
        List<int>? references = null;
        var referencesOwner = -1;
        var referencesAreKids = false;
        var referencesDepth = 0;
        while (i < pdf.Length)
        {
            // Objects in an object stream have no "obj" keyword: they start at the offsets of its header.
            while (inObjectStream && objectStreamOffsets is not null && nextInStream < objectStreamOffsets.Count && i >= objectStreamFirst + objectStreamOffsets[nextInStream])
            {
                objectNumber = objectStreamNumbers![nextInStream];
                objectStart = i;
                depth = 0;
                nextInStream++;
                (arrayOwner, kidsOwner, references) = (objectNumber, -1, null);
            }

            var c = pdf[i];
            switch (c)
            {
                case (byte)'%':
                    while (i < pdf.Length && pdf[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    continue;
                case (byte)'(':
                    (arrayOwner, kidsOwner) = (-1, -1);
                    i = SkipString(pdf, i);
                    continue;
                case (byte)'<':
                    (arrayOwner, kidsOwner) = (-1, -1);
                    if (i + 1 < pdf.Length && pdf[i + 1] == '<')
                    {
                        if (++depth > MaxNesting)
                        {
                            return string.Create(CultureInfo.InvariantCulture, $"objects nested more than {MaxNesting} levels deep");
                        }

                        i += 2;
                    }
                    else
                    {
                        var end = pdf[i..].IndexOf((byte)'>');
                        i = end < 0 ? pdf.Length : i + end + 1;
                    }

                    continue;
                case (byte)'>':
                    if (i + 1 < pdf.Length && pdf[i + 1] == '>')
                    {
                        depth = Math.Max(0, depth - 1);
                        i += 2;
                    }
                    else
                    {
                        i++;
                    }

                    continue;
                case (byte)'[':
                    if (++depth > MaxNesting)
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"objects nested more than {MaxNesting} levels deep");
                    }

                    if (references is null && (kidsOwner >= 0 || arrayOwner >= 0))
                    {
                        (references, referencesOwner, referencesAreKids, referencesDepth) = ([], kidsOwner >= 0 ? kidsOwner : arrayOwner, kidsOwner >= 0, depth);
                    }

                    (arrayOwner, kidsOwner) = (-1, -1);
                    i++;
                    continue;
                case (byte)']':
                    if (references is not null && depth == referencesDepth)
                    {
                        (referencesAreKids ? state.Kids : state.Arrays)[referencesOwner] = references;
                        references = null;
                    }

                    depth = Math.Max(0, depth - 1);
                    i++;
                    continue;
                case (byte)'/':
                    var nameEnd = i + 1;
                    while (nameEnd < pdf.Length && IsRegular(pdf[nameEnd]))
                    {
                        nameEnd++;
                    }

                    (arrayOwner, kidsOwner) = (-1, objectNumber >= 0 && pdf[(i + 1)..nameEnd].SequenceEqual("Kids"u8) ? objectNumber : -1);
                    i = nameEnd;
                    continue;
            }

            if (!IsRegular(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < pdf.Length && IsRegular(pdf[i]))
            {
                i++;
            }

            var token = pdf[start..i];
            if (TryInteger(token, out var number))
            {
                beforeLast = last;
                last = number;
                continue;
            }

            if (token.SequenceEqual("R"u8))
            {
                // "n g R": a reference in the array being collected, or the indirect array after /Kids.
                if (beforeLast is >= 0 and <= int.MaxValue)
                {
                    if (references is not null)
                    {
                        references.Add((int)beforeLast);
                    }
                    else if (kidsOwner >= 0)
                    {
                        state.KidsArrayRef[kidsOwner] = (int)beforeLast;
                    }
                }

                kidsOwner = -1;
            }
            else if (token.SequenceEqual("obj"u8))
            {
                state.Objects++;
                objectNumber = beforeLast is >= 0 and <= int.MaxValue ? (int)beforeLast : -1;
                objectStart = i;
                depth = 0;
                (arrayOwner, kidsOwner, references) = (objectNumber, -1, null);
            }
            else if (token.SequenceEqual("endobj"u8))
            {
                depth = 0;
                objectNumber = -1;
                objectStart = i;
                (arrayOwner, kidsOwner, references) = (-1, -1, null);
            }
            else
            {
                (arrayOwner, kidsOwner) = (-1, -1);
            }

            if (token.SequenceEqual("stream"u8) && !inObjectStream)
            {
                // The stream's dictionary: since the object began, at most the last 64 KB (a damaged
                // file without "obj" keywords must not make every stream re-read the file from its start).
                var dictionary = pdf[Math.Max(objectStart, start - DictionaryWindow)..start];
                var dataStart = i;
                if (dataStart < pdf.Length && pdf[dataStart] == '\r')
                {
                    dataStart++;
                }

                if (dataStart < pdf.Length && pdf[dataStart] == '\n')
                {
                    dataStart++;
                }

                var dataEnd = StreamEnd(pdf, dataStart, dictionary);
                if (dictionary.IndexOf("/ObjStm"u8) >= 0 && ObjectStream(pdf[dataStart..dataEnd], dictionary, state) is { } problem)
                {
                    return problem;
                }

                i = dataEnd;
                objectStart = dataEnd;
                depth = 0;
            }

            last = beforeLast = -1;
        }

        return null;
    }

    /// <summary>Where a stream's data ends: its direct <c>/Length</c> when <c>endstream</c> follows it, else the next <c>endstream</c>.</summary>
    private static int StreamEnd(ReadOnlySpan<byte> pdf, int dataStart, ReadOnlySpan<byte> dictionary)
    {
        if (DirectInteger(dictionary, "/Length"u8) is { } length && length >= 0 && dataStart + length <= pdf.Length)
        {
            var after = (int)(dataStart + length);
            var probe = after;
            while (probe < pdf.Length && pdf[probe] is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')
            {
                probe++;
            }

            if (pdf[probe..].StartsWith("endstream"u8))
            {
                return after;
            }
        }

        var found = pdf[dataStart..].IndexOf("endstream"u8);
        return found < 0 ? pdf.Length : dataStart + found;
    }

    /// <summary>Inflates an object stream (within the byte cap) and scans its objects like the file's.</summary>
    private static string? ObjectStream(ReadOnlySpan<byte> data, ReadOnlySpan<byte> dictionary, State state)
    {
        var count = DirectInteger(dictionary, "/N"u8) ?? 0;
        var first = DirectInteger(dictionary, "/First"u8) ?? 0;
        if (count < 0 || first < 0)
        {
            return null; // PDFsharp refuses it (a damaged file), under the time budget
        }

        if (state.Objects + count > MaxObjects)
        {
            return string.Create(CultureInfo.InvariantCulture, $"more than {MaxObjects:N0} objects");
        }

        state.Objects += (int)count;

        // What PDFsharp parses from an object stream can nest as deeply as the file's own objects, so an
        // object stream the scan cannot decode is refused rather than passed on unseen.
        const string Undecodable = "an object stream in an encoding the safety check cannot read";
        var filters = Filters(dictionary);
        if (filters is null || filters.Count > 1 || (filters.Count == 1 && filters[0] is not ("FlateDecode" or "Fl")))
        {
            return Undecodable;
        }

        var predictor = DirectInteger(dictionary, "/Predictor"u8) ?? 1;
        byte[] inflated;
        if (filters.Count == 0)
        {
            inflated = data.ToArray();
        }
        else
        {
            try
            {
                using var input = new MemoryStream(data.ToArray(), writable: false);
                using var zlib = new ZLibStream(input, CompressionMode.Decompress);
                using var output = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
                {
                    state.Inflated += read;
                    if (state.Inflated > MaxInflatedBytes)
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"object streams inflating beyond {MaxInflatedBytes / (1024 * 1024)} MB");
                    }

                    output.Write(buffer, 0, read);
                }

                inflated = output.ToArray();
            }
            catch (InvalidDataException)
            {
                return Undecodable;
            }
        }

        if (predictor > 1)
        {
            var columns = (int)Math.Clamp(DirectInteger(dictionary, "/Columns"u8) ?? 1, 1, 1 << 20);
            var colors = (int)Math.Clamp(DirectInteger(dictionary, "/Colors"u8) ?? 1, 1, 32);
            var bits = DirectInteger(dictionary, "/BitsPerComponent"u8) ?? 8;
            if (bits != 8 || Unpredict(inflated, predictor, columns * colors, colors) is not { } plain)
            {
                return Undecodable;
            }

            inflated = plain;
        }

        // The header: pairs of object number and offset (relative to /First).
        var numbers = new List<int>();
        var offsets = new List<int>();
        var header = inflated.AsSpan(0, (int)Math.Min(first, inflated.Length));
        var at = 0;
        while (numbers.Count < count && NextInteger(header, ref at) is { } objectNumber && NextInteger(header, ref at) is { } offset)
        {
            numbers.Add((int)Math.Min(objectNumber, int.MaxValue));
            offsets.Add((int)Math.Min(offset, int.MaxValue - first));
        }

        var order = Enumerable.Range(0, numbers.Count).OrderBy(k => offsets[k]).ToList();
        return Scan(inflated, state, inObjectStream: true, (int)first, [.. order.Select(k => numbers[k])], [.. order.Select(k => offsets[k])]);
    }

    /// <summary>The stream's filter names (without the slash): none, one name, or an array; null when unreadable.</summary>
    private static List<string>? Filters(ReadOnlySpan<byte> dictionary)
    {
        var key = "/Filter"u8;
        var at = dictionary.IndexOf(key);
        if (at < 0)
        {
            return [];
        }

        at += key.Length;
        while (at < dictionary.Length && IsWhite(dictionary[at]))
        {
            at++;
        }

        var names = new List<string>();
        var inArray = at < dictionary.Length && dictionary[at] == '[';
        if (inArray)
        {
            at++;
        }

        while (at < dictionary.Length)
        {
            while (at < dictionary.Length && IsWhite(dictionary[at]))
            {
                at++;
            }

            if (at >= dictionary.Length || dictionary[at] != '/')
            {
                break;
            }

            var end = at + 1;
            while (end < dictionary.Length && IsRegular(dictionary[end]))
            {
                end++;
            }

            names.Add(System.Text.Encoding.ASCII.GetString(dictionary[(at + 1)..end]));
            at = end;
            if (!inArray)
            {
                return names;
            }
        }

        return inArray && at < dictionary.Length && dictionary[at] == ']' ? names : null;
    }

    /// <summary>Undoes a TIFF (2) or PNG (10-15) predictor on 8-bit samples; null when the data does not fit it.</summary>
    private static byte[]? Unpredict(byte[] data, long predictor, int rowBytes, int bytesPerPixel)
    {
        if (predictor == 2)
        {
            var tiff = (byte[])data.Clone();
            for (var row = 0; row + rowBytes <= tiff.Length; row += rowBytes)
            {
                for (var k = bytesPerPixel; k < rowBytes; k++)
                {
                    tiff[row + k] += tiff[row + k - bytesPerPixel];
                }
            }

            return tiff;
        }

        if (predictor < 10)
        {
            return null;
        }

        var rows = data.Length / (rowBytes + 1);
        var output = new byte[rows * rowBytes];
        for (var row = 0; row < rows; row++)
        {
            var type = data[row * (rowBytes + 1)];
            var source = (row * (rowBytes + 1)) + 1;
            var target = row * rowBytes;
            for (var k = 0; k < rowBytes; k++)
            {
                int left = k >= bytesPerPixel ? output[target + k - bytesPerPixel] : 0;
                int up = row > 0 ? output[target - rowBytes + k] : 0;
                int upLeft = row > 0 && k >= bytesPerPixel ? output[target - rowBytes + k - bytesPerPixel] : 0;
                var raw = data[source + k];
                output[target + k] = type switch
                {
                    0 => raw,
                    1 => (byte)(raw + left),
                    2 => (byte)(raw + up),
                    3 => (byte)(raw + ((left + up) / 2)),
                    4 => (byte)(raw + Paeth(left, up, upLeft)),
                    _ => raw,
                };
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>A loop or excessive depth in any <c>/Kids</c> tree (the page tree, and field or name trees alike).</summary>
    private static string? PageTreeProblem(State state)
    {
        var kids = new Dictionary<int, List<int>>(state.Kids);
        foreach (var (owner, array) in state.KidsArrayRef)
        {
            // The indirect array's own content was recorded as an object; read its references.
            if (state.Arrays.TryGetValue(array, out var references))
            {
                kids[owner] = references;
            }
        }

        // Iterative depth-first search: 0 unseen, 1 on the path, 2 done (with its height).
        var color = new Dictionary<int, int>();
        var height = new Dictionary<int, int>();
        foreach (var root in kids.Keys)
        {
            if (color.ContainsKey(root))
            {
                continue;
            }

            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            color[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var children = kids.TryGetValue(node, out var list) ? list : [];
                if (next < children.Count)
                {
                    stack.Push((node, next + 1));
                    var child = children[next];
                    var seen = color.GetValueOrDefault(child);
                    if (seen == 1)
                    {
                        return "its page tree refers back to itself";
                    }

                    if (seen == 0)
                    {
                        if (stack.Count >= MaxTreeDepth)
                        {
                            return string.Create(CultureInfo.InvariantCulture, $"a page tree deeper than {MaxTreeDepth} levels");
                        }

                        color[child] = 1;
                        stack.Push((child, 0));
                    }

                    continue;
                }

                var tallest = children.Count == 0 ? 0 : children.Max(k => height.GetValueOrDefault(k)) + 1;
                if (tallest > MaxTreeDepth)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"a page tree deeper than {MaxTreeDepth} levels");
                }

                height[node] = tallest;
                color[node] = 2;
            }
        }

        return null;
    }

    /// <summary>Follows <c>startxref</c> and every <c>/Prev</c> (and <c>/XRefStm</c>); a section reached twice is a loop.</summary>
    private static string? XrefChainProblem(ReadOnlySpan<byte> pdf)
    {
        var startxref = pdf.LastIndexOf("startxref"u8);
        if (startxref < 0)
        {
            return null; // PDFsharp rebuilds or refuses: not a loop
        }

        var at = startxref + "startxref".Length;
        if (NextInteger(pdf, ref at) is not { } first)
        {
            return null;
        }

        var pending = new Stack<long>();
        pending.Push(first);
        var visited = new HashSet<long>();
        while (pending.Count > 0)
        {
            var offset = pending.Pop();
            if (offset < 0 || offset >= pdf.Length)
            {
                continue;
            }

            if (!visited.Add(offset))
            {
                return "its cross-reference sections refer back to each other";
            }

            if (visited.Count > MaxXrefSections)
            {
                return string.Create(CultureInfo.InvariantCulture, $"more than {MaxXrefSections} cross-reference sections");
            }

            var section = pdf[(int)offset..(int)Math.Min(pdf.Length, offset + SectionWindow)];
            ReadOnlySpan<byte> dictionary;
            if (section.StartsWith("xref"u8))
            {
                var trailer = section.IndexOf("trailer"u8);
                if (trailer < 0)
                {
                    continue;
                }

                var rest = section[trailer..];
                var end = rest.IndexOf("startxref"u8);
                dictionary = end < 0 ? rest : rest[..end];
            }
            else
            {
                var stream = section.IndexOf("stream"u8);
                var obj = section.IndexOf("obj"u8);
                if (stream < 0 || obj < 0 || obj > 24)
                {
                    continue;
                }

                dictionary = section[..stream];
            }

            if (DirectInteger(dictionary, "/Prev"u8) is { } previous)
            {
                pending.Push(previous);
            }

            if (DirectInteger(dictionary, "/XRefStm"u8) is { } hybrid && hybrid != offset)
            {
                pending.Push(hybrid);
            }
        }

        return null;
    }

    /// <summary>The integer after the first <paramref name="key"/> (as a whole name) in <paramref name="text"/>, unless it is a reference.</summary>
    private static long? DirectInteger(ReadOnlySpan<byte> text, ReadOnlySpan<byte> key)
    {
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOf(key);
            if (found < 0)
            {
                return null;
            }

            var at = from + found + key.Length;
            from = at;
            if (at < text.Length && IsRegular(text[at]))
            {
                continue; // "/Length1" is not "/Length"
            }

            var probe = at;
            if (NextInteger(text, ref probe) is not { } value)
            {
                return null;
            }

            // "12 0 R" is a reference, not a value.
            var after = probe;
            if (NextInteger(text, ref after) is not null)
            {
                while (after < text.Length && IsWhite(text[after]))
                {
                    after++;
                }

                if (after < text.Length && text[after] == 'R')
                {
                    return null;
                }
            }

            return value;
        }

        return null;
    }

    /// <summary>Reads an unsigned integer token after optional whitespace; null (and <paramref name="at"/> unchanged) when none.</summary>
    private static long? NextInteger(ReadOnlySpan<byte> text, ref int at)
    {
        var probe = at;
        while (probe < text.Length && IsWhite(text[probe]))
        {
            probe++;
        }

        var start = probe;
        while (probe < text.Length && IsRegular(text[probe]))
        {
            probe++;
        }

        if (probe == start || !TryInteger(text[start..probe], out var value))
        {
            return null;
        }

        at = probe;
        return value;
    }

    private static bool TryInteger(ReadOnlySpan<byte> token, out long value)
    {
        value = 0;
        if (token.Length is 0 or > 18)
        {
            return false;
        }

        foreach (var b in token)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>Past a literal string: balanced parentheses, backslash escapes.</summary>
    private static int SkipString(ReadOnlySpan<byte> pdf, int at)
    {
        var open = 0;
        for (; at < pdf.Length; at++)
        {
            switch (pdf[at])
            {
                case (byte)'\\':
                    at++;
                    break;
                case (byte)'(':
                    open++;
                    break;
                case (byte)')':
                    if (--open == 0)
                    {
                        return at + 1;
                    }

                    break;
            }
        }

        return pdf.Length;
    }

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte b) => !IsWhite(b) && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}

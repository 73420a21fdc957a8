using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace PreAuthKit.Codes;

/// <summary>
/// One fiscal year's billable ICD-10-CM codes as a compact, read-only dictionary (code without the
/// dot to its official long description, ordinal keys). Built for a cold start: each code (at most
/// seven ASCII characters) is packed into a <see cref="ulong"/> whose numeric order is the ordinal
/// order of the codes, the packed codes sit in one sorted array, and a lookup is a binary search
/// over it. Descriptions stay in the table's text as bytes and become a string only when asked for.
/// Loading the 74,719 codes is one copy and one scan of the embedded text: no inflate, no sort (the
/// file is stored sorted), no hash table, no string per code. Immutable and thread-safe.
/// </summary>
internal sealed class Icd10CmTable : IReadOnlyDictionary<string, string>
{
    /// <summary>The longest code the table holds (and a <see cref="ulong"/> packs with a zero byte to spare).</summary>
    private const int MaxCodeLength = 7;

    private readonly ulong[] _keys;

    /// <summary>Where each description starts in <see cref="_text"/> (it ends at the next line feed); a negative value <c>~i</c> is <see cref="_extra"/>[i].</summary>
    private readonly int[] _starts;

    private readonly byte[] _text;

    private readonly string[] _extra;

    private Icd10CmTable(ulong[] keys, int[] starts, byte[] text, string[] extra)
    {
        _keys = keys;
        _starts = starts;
        _text = text;
        _extra = extra;
    }

    /// <inheritdoc/>
    public int Count => _keys.Length;

    /// <summary>The codes (no dot) in ordinal order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var key in _keys)
            {
                yield return Unpack(key);
            }
        }
    }

    /// <summary>The descriptions, in code order.</summary>
    public IEnumerable<string> Values
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                yield return DescriptionAt(i);
            }
        }
    }

    /// <inheritdoc/>
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not a billable code of this table.");

    /// <summary>
    /// Reads a table of <c>CODE&lt;TAB&gt;description</c> lines (ASCII, line feeds). The embedded
    /// resource is read in one copy. Lines need not be sorted: they are sorted here if they are not.
    /// </summary>
    public static Icd10CmTable FromTsv(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = ReadAll(stream);
        var keys = new ulong[EstimateLines(text)];
        var starts = new int[keys.Length];
        var count = 0;
        var sorted = true;
        var position = 0;
        while (position < text.Length)
        {
            var line = text.AsSpan(position);
            var end = line.IndexOf((byte)'\n');
            end = end < 0 ? line.Length : end;
            var tab = line[..end].IndexOf((byte)'\t');
            if (tab > 0 && TryPack(line[..tab], out var key))
            {
                if (count == keys.Length)
                {
                    Array.Resize(ref keys, count * 2);
                    Array.Resize(ref starts, count * 2);
                }

                sorted &= count == 0 || keys[count - 1] < key;
                keys[count] = key;
                starts[count] = position + tab + 1;
                count++;
            }

            position += end + 1;
        }

        Array.Resize(ref keys, count);
        Array.Resize(ref starts, count);
        if (!sorted)
        {
            Array.Sort(keys, starts);
        }

        return new Icd10CmTable(keys, starts, text, []);
    }

    /// <summary>
    /// This table with changes applied: <paramref name="set"/> adds or replaces codes (with their
    /// descriptions), <paramref name="remove"/> takes codes out. One merge of sorted arrays; the
    /// text of this table is shared, not copied.
    /// </summary>
    public Icd10CmTable With(IReadOnlyDictionary<string, string> set, IReadOnlyCollection<string> remove)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(remove);
        var extra = new List<string>(_extra);
        var changes = new SortedDictionary<ulong, int?>();
        foreach (var code in remove)
        {
            if (TryPack(code, out var key))
            {
                changes[key] = null;
            }
        }

        foreach (var (code, description) in set)
        {
            if (TryPack(code, out var key))
            {
                changes[key] = ~extra.Count;
                extra.Add(description);
            }
        }

        var keys = new List<ulong>(_keys.Length + changes.Count);
        var starts = new List<int>(keys.Capacity);
        var i = 0;
        foreach (var (key, start) in changes)
        {
            for (; i < _keys.Length && _keys[i] < key; i++)
            {
                keys.Add(_keys[i]);
                starts.Add(_starts[i]);
            }

            if (i < _keys.Length && _keys[i] == key)
            {
                i++;
            }

            if (start is { } s)
            {
                keys.Add(key);
                starts.Add(s);
            }
        }

        for (; i < _keys.Length; i++)
        {
            keys.Add(_keys[i]);
            starts.Add(_starts[i]);
        }

        return new Icd10CmTable([.. keys], [.. starts], _text, [.. extra]);
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? DescriptionAt(index) : null;
        return index >= 0;
    }

    /// <summary>The codes (no dot) that start with <paramref name="prefix"/> and are longer than it, in ordinal order.</summary>
    public IReadOnlyList<string> LongerCodesStartingWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (!TryPack(prefix, out var packed))
        {
            return [];
        }

        var mask = prefix.Length == 0 ? 0UL : ulong.MaxValue << (8 * (8 - prefix.Length));
        var index = Array.BinarySearch(_keys, packed);
        index = index < 0 ? ~index : index + 1;
        var result = new List<string>();
        for (; index < _keys.Length && (_keys[index] & mask) == packed; index++)
        {
            result.Add(Unpack(_keys[index]));
        }

        return result;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, string>(Unpack(_keys[i]), DescriptionAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
        => key is { Length: > 0 } && TryPack(key, out var packed) ? Math.Max(-1, Array.BinarySearch(_keys, packed)) : -1;

    private string DescriptionAt(int index)
    {
        var start = _starts[index];
        if (start < 0)
        {
            return _extra[~start];
        }

        var rest = _text.AsSpan(start);
        var end = rest.IndexOf((byte)'\n');
        return Encoding.ASCII.GetString(end < 0 ? rest : rest[..end]);
    }

    /// <summary>Packs up to seven ASCII characters big-endian into the high bytes, so numeric order is ordinal order (a shorter code sorts before its extensions).</summary>
    private static bool TryPack(ReadOnlySpan<char> code, out ulong key)
    {
        key = 0;
        if (code.Length > MaxCodeLength)
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] is '\0' or > '\x7f')
            {
                return false;
            }

            key |= (ulong)code[i] << (8 * (7 - i));
        }

        return true;
    }

    private static bool TryPack(ReadOnlySpan<byte> code, out ulong key)
    {
        key = 0;
        if (code.Length is 0 or > MaxCodeLength)
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] is 0 or > 0x7f)
            {
                return false;
            }

            key |= (ulong)code[i] << (8 * (7 - i));
        }

        return true;
    }

    private static string Unpack(ulong key)
    {
        Span<char> chars = stackalloc char[MaxCodeLength];
        var length = 0;
        for (; length < MaxCodeLength && (key >> (8 * (7 - length)) & 0xff) is var b and not 0; length++)
        {
            chars[length] = (char)b;
        }

        return new string(chars[..length]);
    }

    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            var text = new byte[stream.Length - stream.Position];
            stream.ReadExactly(text);
            return text;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>An upper bound guess from the average line of the official file (about 84 bytes; 72 leaves room), so the arrays are rarely grown.</summary>
    private static int EstimateLines(byte[] text) => Math.Max(16, (text.Length / 72) + 1);
}

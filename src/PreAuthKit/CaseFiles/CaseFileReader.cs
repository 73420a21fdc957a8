using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PreAuthKit.Model;
using PreAuthKit.Validation;
using F = PreAuthKit.Validation.Findings.FindingCatalog.CaseFile;

namespace PreAuthKit.CaseFiles;

/// <summary>
/// Reads case files: JSON, camelCase property names, enums as kebab-case strings
/// (<c>"medicare-advantage"</c>), dates as ISO <c>YYYY-MM-DD</c>. See <c>docs/case-file.md</c>.
/// </summary>
public static class CaseFileReader
{
    /// <summary>The serializer options of the case file format, on source-generated contracts (<see cref="CaseFileTypeInfo"/>).</summary>
    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = CaseFileTypeInfo.Resolver,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new StrictEnumConverterFactory() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        AllowDuplicateProperties = false, // a second "history" would silently replace the first
        RespectNullableAnnotations = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Reads a case file from disk. Only a regular file of at most 8 MiB
    /// (<c>docs/case-file.md</c>, "Limits") is read, and it must be UTF-8 (a byte-order mark is allowed).
    /// </summary>
    /// <param name="path">Path of the JSON case file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="CaseFileException">
    /// No path was given, or the file is missing, not a regular file, too large, unreadable, not UTF-8 or
    /// not a valid case file; <see cref="CaseFileException.Finding"/> carries the <c>PAK-FILE-…</c> code.
    /// </exception>
    public static CaseFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CaseFileException(F.NoPath.At("$", "No case file was given: the path is empty."));
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CaseFileException(F.NoPath.At("$", "The case file path is not a valid path (it contains a character such as NUL that no file name can hold)."));
        }

        var name = SafeName(Path.GetFileName(fullPath));
        if (Directory.Exists(fullPath))
        {
            throw new CaseFileException(F.IsFolder.At("$", name));
        }

        if (!File.Exists(fullPath))
        {
            throw new CaseFileException(F.NotFound.At("$", name));
        }

        byte[] bytes;
        try
        {
            bytes = ReadBounded(fullPath, name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CaseFileException(F.CannotOpen.At("$", name, ex.GetType().Name), ex);
        }

        return new CaseFile(Parse(DecodeUtf8(bytes)), Path.GetDirectoryName(fullPath)!);
    }

    /// <summary>
    /// The file's bytes. A file whose size is 0 (which is also what devices, pipes and <c>/proc</c>
    /// entries report) or more than <see cref="CaseLimits.MaxCaseFileBytes"/> is refused without reading
    /// it; the read itself stops one byte past the cap, so a file that grows cannot exhaust memory.
    /// </summary>
    private static byte[] ReadBounded(string fullPath, string name)
    {
        var length = new FileInfo(fullPath).Length;
        if (length == 0)
        {
            throw new CaseFileException(F.NotRegular.At("$", name));
        }

        if (length > CaseLimits.MaxCaseFileBytes)
        {
            throw new CaseFileException(F.TooLarge.At("$", name, CaseLimits.MaxCaseFileBytes / (1024 * 1024)));
        }

        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(length, CaseLimits.MaxCaseFileBytes) + 1];
        var read = 0;
        int count;
        while (read < buffer.Length && (count = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += count;
        }

        if (read > CaseLimits.MaxCaseFileBytes || (read == buffer.Length && stream.ReadByte() >= 0))
        {
            throw new CaseFileException(F.TooLarge.At("$", name, CaseLimits.MaxCaseFileBytes / (1024 * 1024)));
        }

        return buffer.AsSpan(0, read).ToArray();
    }

    /// <summary>
    /// The text of a UTF-8 file. Invalid UTF-8 (including overlong forms, surrogates and Latin-1 or
    /// Windows-1252 text) is refused with <c>PAK-FILE-011</c> and the byte offset of the first bad byte,
    /// rather than read with replacement characters (names printing as <c>J?r?me</c>).
    /// </summary>
    internal static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> byteOrderMark = [0xEF, 0xBB, 0xBF];
        var start = bytes.StartsWith(byteOrderMark) ? 3 : 0;
        var content = bytes[start..];
        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var offset = start + bytesRead;
            throw new CaseFileException(F.NotUtf8.At("$", offset, bytes[offset]));
        }

        return new string(chars, 0, charsWritten);
    }

    /// <summary>A file name fit for a message: control characters (escape sequences, newlines) and bidirectional overrides become '?'.</summary>
    private static string SafeName(string name)
        => new(name.Select(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? '?' : c).ToArray());

    /// <summary>Parses case-file JSON.</summary>
    /// <exception cref="CaseFileException">The JSON is malformed or does not match the case file format.</exception>
    public static PreAuthCase Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<PreAuthCase>(json, JsonOptions)
                ?? throw new CaseFileException(F.NullDocument.At("$"));
        }
        catch (JsonException ex)
        {
            throw new CaseFileException(Describe(ex), ex);
        }
    }

    /// <summary>Writes a case as case-file JSON.</summary>
    public static string Serialize(PreAuthCase @case) => JsonSerializer.Serialize(@case, JsonOptions);

    private static ValidationFinding Describe(JsonException ex)
    {
        var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "$" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
        var field = path == "$" ? "The case file" : $"'{path}'";
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})" : "";
        if (ex.Message.Contains("doesn't allow setting null values", StringComparison.Ordinal)
            || ex.Message.Contains("doesn't allow getting null values", StringComparison.Ordinal))
        {
            return F.NullValue.At(path, field, where);
        }

        if (ex.Message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
        {
            var expected = ExpectedValue(TargetTypeName(ex.Message));
            return F.WrongType.At(path, field, where, expected);
        }

        return F.MalformedJson.At(path, where, FirstSentence(ex.Message));
    }

    private static string TargetTypeName(string message)
    {
        var rest = message["The JSON value could not be converted to ".Length..];
        var cut = rest.IndexOf(". Path:", StringComparison.Ordinal);
        return (cut >= 0 ? rest[..cut] : rest).Trim().TrimEnd('.');
    }

    /// <summary>What a value of the target type looks like in a case file, in words.</summary>
    private static string ExpectedValue(string typeName)
    {
        var nullable = typeName.StartsWith("System.Nullable`1[", StringComparison.Ordinal);
        var name = nullable ? typeName["System.Nullable`1[".Length..].TrimEnd(']') : typeName;
        var type = typeof(PreAuthCase).Assembly.GetType(name);
        if (type is { IsEnum: true })
        {
            var values = Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n));
            return $"one of {string.Join(", ", values.Select(v => $"\"{v}\""))}";
        }

        if (type is not null)
        {
            return "an object { ... }";
        }

        return name switch
        {
            "System.DateOnly" => "a date written \"YYYY-MM-DD\"",
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Boolean" => "true or false",
            "System.String" => "text in double quotes",
            _ when name.StartsWith("System.Collections.Generic.IReadOnlyList`1", StringComparison.Ordinal) => "a list [ ... ]",
            _ when name.StartsWith("PreAuthKit.", StringComparison.Ordinal) => "an object { ... }",
            _ => "a different kind of value",
        };
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

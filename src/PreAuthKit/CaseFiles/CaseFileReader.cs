using System.Text.Json;
using System.Text.Json.Serialization;
using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.CaseFile;

namespace PreAuthKit.CaseFiles;

/// <summary>
/// Reads case files: JSON, camelCase property names, enums as kebab-case strings
/// (<c>"medicare-advantage"</c>), dates as ISO <c>YYYY-MM-DD</c>. See <c>docs/case-file.md</c>.
/// </summary>
public static class CaseFileReader
{
    /// <summary>The serializer options of the case file format.</summary>
    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        RespectNullableAnnotations = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a case file from disk.</summary>
    /// <param name="path">Path of the JSON case file.</param>
    /// <exception cref="CaseFileException">The file is missing, unreadable or not a valid case file.</exception>
    public static CaseFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new CaseFileException(F.NotFound.At("$", Path.GetFileName(fullPath)));
        }

        string json;
        try
        {
            json = File.ReadAllText(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CaseFileException(F.CannotOpen.At("$", Path.GetFileName(fullPath), ex.GetType().Name), ex);
        }

        return new CaseFile(Parse(json), Path.GetDirectoryName(fullPath)!);
    }

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

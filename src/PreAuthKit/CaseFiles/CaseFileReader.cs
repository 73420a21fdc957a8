using System.Text.Json;
using System.Text.Json.Serialization;
using PreAuthKit.Model;
using PreAuthKit.Validation;

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
            throw new CaseFileException(new ValidationFinding("PAK-FILE-001", FindingSeverity.Error, "$",
                $"Case file '{Path.GetFileName(fullPath)}' was not found. Check the path.", "Case file"));
        }

        string json;
        try
        {
            json = File.ReadAllText(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CaseFileException(new ValidationFinding("PAK-FILE-002", FindingSeverity.Error, "$",
                $"Case file '{Path.GetFileName(fullPath)}' could not be read: {ex.GetType().Name}.", "Case file"), ex);
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
                ?? throw new CaseFileException(new ValidationFinding("PAK-FILE-003", FindingSeverity.Error, "$",
                    "The case file is empty (null): it must hold one JSON object.", "Case file"));
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
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})" : "";
        var isSyntax = ex.InnerException is not null || ex.Message.Contains("invalid", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("expected", StringComparison.OrdinalIgnoreCase);
        var isConversion = ex.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
        return isConversion
            ? new ValidationFinding("PAK-FILE-005", FindingSeverity.Error, path,
                $"The value at '{path}'{where} has the wrong type or is not one of the allowed values; see docs/case-file.md.", "Case file")
            : new ValidationFinding(isSyntax ? "PAK-FILE-004" : "PAK-FILE-005", FindingSeverity.Error, path,
                $"The case file is not valid JSON{where}: {FirstSentence(ex.Message)}", "Case file");
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

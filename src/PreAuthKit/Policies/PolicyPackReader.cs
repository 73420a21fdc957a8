using System.Text.Json;

namespace PreAuthKit.Policies;

/// <summary>
/// Reads policy packs (JSON, <c>docs/policies.md</c>). A pack that does not match the format is
/// refused as a whole with <c>PAK-POL-0xx</c> findings naming the JSON path of every problem.
/// </summary>
public static class PolicyPackReader
{
    /// <summary>The largest pack file read (1 MiB).</summary>
    public const int MaxPackBytes = 1024 * 1024;

    /// <summary>The most packs read from one folder.</summary>
    public const int MaxPacksPerFolder = 200;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    /// <summary>Parses one pack from JSON text.</summary>
    /// <exception cref="PolicyPackException">The JSON is malformed or not a policy pack.</exception>
    public static PolicyPack Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxPackBytes)
        {
            throw new PolicyPackException([PolicyFindings.Pack(PolicyFindings.LimitExceeded, "$", $"A policy pack is limited to {MaxPackBytes / 1024} KiB.")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})" : "";
            throw new PolicyPackException([PolicyFindings.Pack(PolicyFindings.Malformed, "$", $"The policy pack is not valid JSON{where}.")], ex);
        }

        using (document)
        {
            var parser = new PolicyPackParser();
            var pack = parser.Parse(document.RootElement);
            return pack ?? throw new PolicyPackException(parser.Findings);
        }
    }

    /// <summary>Reads one pack file.</summary>
    /// <exception cref="PolicyPackException">The file is missing, unreadable, too large, or not a policy pack; findings carry the file name.</exception>
    public static PolicyPack Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path);
        string json;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new PolicyPackException([PolicyFindings.Pack(PolicyFindings.FileNotFound, "$", $"Policy pack '{name}' was not found.")]);
            }

            if (info.Length > MaxPackBytes)
            {
                throw new PolicyPackException([PolicyFindings.Pack(PolicyFindings.LimitExceeded, "$", $"Policy pack '{name}' is larger than {MaxPackBytes / 1024} KiB.")]);
            }

            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PolicyPackException([PolicyFindings.Pack(PolicyFindings.FileNotFound, "$", $"Policy pack '{name}' could not be read: {ex.GetType().Name}.")], ex);
        }

        try
        {
            return Parse(json);
        }
        catch (PolicyPackException ex)
        {
            throw new PolicyPackException(ex.Findings.Select(f => f with { Message = $"{name}: {f.Message}" }).ToList(), ex.InnerException);
        }
    }

    /// <summary>
    /// Reads every <c>*.json</c> file directly in a folder (sorted by file name; schema files named
    /// <c>*.schema.json</c> are skipped) into a library. Any refused pack refuses the folder, with
    /// every pack's findings, so a typo is never silently ignored.
    /// </summary>
    /// <exception cref="PolicyPackException">The folder is missing, holds too many packs, a pack is refused, or two packs share a policy id.</exception>
    public static PolicyLibrary LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new PolicyPackException([PolicyFindings.Pack(PolicyFindings.FileNotFound, "$", $"Policy folder '{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}' was not found.")]);
        }

        var files = Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count > MaxPacksPerFolder)
        {
            throw new PolicyPackException([PolicyFindings.Pack(PolicyFindings.LimitExceeded, "$", $"A policy folder holds at most {MaxPacksPerFolder} packs; this one has {files.Count}.")]);
        }

        var packs = new List<PolicyPack>();
        var findings = new List<ValidationFinding>();
        foreach (var file in files)
        {
            try
            {
                packs.Add(Load(file));
            }
            catch (PolicyPackException ex)
            {
                findings.AddRange(ex.Findings);
            }
        }

        if (findings.Count > 0)
        {
            throw new PolicyPackException(findings);
        }

        return PolicyLibrary.From(packs);
    }
}

using System.Collections.Concurrent;
using System.Reflection;
using PreAuthKit.Validation.Findings;
using Scriban;

namespace PreAuthKit.Templating;

/// <summary>
/// Finds templates by name and caches them parsed. A name is a relative path inside the templates
/// root (<c>preauth-request.md.sbn</c>, <c>partials/re-block.md.sbn</c>); absolute paths and
/// <c>..</c> segments are refused. For a payer with id <c>P</c> the lookup order is: the caller's
/// folder <c>payers/P/name</c>, the caller's folder <c>name</c>, the embedded
/// <c>payers/P/name</c>, the embedded <c>name</c>. So a payer folder overrides single files and
/// everything else falls back to the defaults. Thread-safe.
/// </summary>
internal sealed class TemplateCatalog
{
    /// <summary>Prefix of the keys (and error file names) of templates embedded in the library.</summary>
    public const string EmbeddedPrefix = "embedded/";

    /// <summary>Longest template file read, in characters (1,000,000).</summary>
    public const int MaxTemplateCharacters = 1_000_000;

    private const string ResourcePrefix = "PreAuthKit.Templates.";
    private const int MaxPayerIdLength = 64;
    private static readonly Assembly LibraryAssembly = typeof(TemplateCatalog).Assembly;

    private readonly string? _root;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Payer, string Name), string> _resolved = new();

    public TemplateCatalog(string? templatesFolder)
    {
        _root = templatesFolder is null ? null : Path.GetFullPath(templatesFolder);
    }

    /// <summary>Number of parsed templates held (for tests of the cache).</summary>
    public int ParsedCount => _parsed.Count;

    /// <summary>The parsed template for a name and payer; a <see cref="TemplateRenderException"/> names file, line and column.</summary>
    public Template Get(string name, string? payerId) => GetByKey(Resolve(name, payerId));

    /// <summary>The parsed template for a key returned by <see cref="Resolve"/>.</summary>
    public Template GetByKey(string key) => _parsed.GetOrAdd(key, Parse);

    /// <summary>The key of the template a name resolves to for a payer (see the class summary for the order).</summary>
    public string Resolve(string name, string? payerId)
    {
        var normalized = NormalizeName(name);
        var payer = SafePayerId(payerId) ?? "";
        return _resolved.GetOrAdd((payer, normalized), key => Find(key.Name, key.Payer)
            ?? throw new TemplateRenderException(name, [new TemplateError(name, 0, 0, $"no template named '{normalized}' exists (looked in the templates folder and the embedded defaults).")]));
    }

    /// <summary>Validates a template name: a relative path inside the root, forward slashes, no <c>..</c>.</summary>
    public static string NormalizeName(string name)
    {
        var normalized = name.Replace('\\', '/').Trim();
        if (normalized.Length == 0 || normalized.StartsWith('/') || Path.IsPathRooted(normalized) || normalized.Contains(':', StringComparison.Ordinal)
            || normalized.Split('/').Any(segment => segment is ".." or "." or ""))
        {
            throw new TemplateRenderException(name, [new TemplateError(name, 0, 0, "template names are relative paths inside the templates folder ('..' and absolute paths are not allowed).")]);
        }

        return normalized;
    }

    /// <summary>A payer id usable as a folder name (letters, digits, '-' and '_'), or null when there is none or it is unsafe.</summary>
    public static string? SafePayerId(string? payerId)
    {
        var trimmed = payerId?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxPayerIdLength || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        return trimmed;
    }

    private string? Find(string name, string payer)
    {
        var payerName = payer.Length > 0 ? $"payers/{payer}/{name}" : null;
        if (_root is not null)
        {
            if (payerName is not null && FolderFile(payerName) is { } payerFile)
            {
                return payerFile;
            }

            if (FolderFile(name) is { } file)
            {
                return file;
            }
        }

        if (payerName is not null && EmbeddedExists(payerName))
        {
            return EmbeddedPrefix + payerName;
        }

        return EmbeddedExists(name) ? EmbeddedPrefix + name : null;
    }

    /// <summary>
    /// The real path of <paramref name="name"/> in the templates folder, or null when there is no such file.
    /// A name that leaves the folder, or a file (or folder on its way) that is a link to somewhere
    /// outside the real templates folder, is refused with <c>PAK-TEMPLATE-002</c>: the folder is
    /// confined by where its files really are, not by how they are named.
    /// </summary>
    private string? FolderFile(string name)
    {
        var path = Path.GetFullPath(Path.Combine(_root!, name));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw Refused(name, "the template path leaves the templates folder.");
        }

        if (!File.Exists(path) && !IsLink(path))
        {
            return null;
        }

        var realRoot = RealPath.Resolve(_root!);
        var real = RealPath.Resolve(path);
        if (realRoot is null || real is null || !RealPath.IsInside(real, realRoot))
        {
            throw Refused(name, "the template is a link (or lies in a linked folder) that leads outside the templates folder, or the links form a loop; templates must be files inside the templates folder.");
        }

        if (!File.Exists(real) || File.GetAttributes(real).HasFlag(FileAttributes.Directory))
        {
            throw Refused(name, "the template is not a regular file.", FindingCatalog.Template.Unreadable);
        }

        return real;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static TemplateRenderException Refused(string name, string why, FindingDefinition? definition = null)
    {
        definition ??= FindingCatalog.Template.LeavesFolder;
        return new(name, [new TemplateError(name, 0, 0, $"{definition.Code}: {definition.Format(why)}")]);
    }

    private static bool EmbeddedExists(string name) => LibraryAssembly.GetManifestResourceInfo(ResourcePrefix + name) is not null;

    /// <summary>The source text of the template with the given key.</summary>
    public static string LoadText(string key)
    {
        if (!key.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        {
            return ReadBounded(key);
        }

        using var stream = LibraryAssembly.GetManifestResourceStream(ResourcePrefix + key[EmbeddedPrefix.Length..])
            ?? throw new TemplateRenderException(key, [new TemplateError(key, 0, 0, "the embedded template is missing.")]);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a template file of at most <see cref="MaxTemplateCharacters"/> characters (a device or a huge file is refused, not read to the end).</summary>
    private static string ReadBounded(string path)
    {
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxTemplateCharacters + 1];
        var read = 0;
        int count;
        try
        {
            while (read < buffer.Length && (count = reader.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += count;
            }
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw Refused(path, "the template is not valid UTF-8 text.", FindingCatalog.Template.Unreadable);
        }

        if (read > MaxTemplateCharacters)
        {
            throw Refused(path, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the template is longer than {MaxTemplateCharacters:N0} characters."), FindingCatalog.Template.Unreadable);
        }

        return new string(buffer, 0, read);
    }

    private static Template Parse(string key)
    {
        var template = Template.Parse(LoadText(key), key);
        if (template.HasErrors)
        {
            throw new TemplateRenderException(key, TemplateErrors.From(template.Messages));
        }

        return template;
    }
}

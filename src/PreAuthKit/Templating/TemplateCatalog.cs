using System.Collections.Concurrent;
using System.Reflection;
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

    private string? FolderFile(string name)
    {
        var path = Path.GetFullPath(Path.Combine(_root!, name));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new TemplateRenderException(name, [new TemplateError(name, 0, 0, "the template path leaves the templates folder.")]);
        }

        return File.Exists(path) ? path : null;
    }

    private static bool EmbeddedExists(string name) => LibraryAssembly.GetManifestResourceInfo(ResourcePrefix + name) is not null;

    /// <summary>The source text of the template with the given key.</summary>
    public static string LoadText(string key)
    {
        if (!key.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        {
            return File.ReadAllText(key);
        }

        using var stream = LibraryAssembly.GetManifestResourceStream(ResourcePrefix + key[EmbeddedPrefix.Length..])
            ?? throw new TemplateRenderException(key, [new TemplateError(key, 0, 0, "the embedded template is missing.")]);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
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

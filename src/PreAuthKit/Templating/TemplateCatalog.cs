using System.Collections.Concurrent;
using System.Reflection;
using Scriban;

namespace PreAuthKit.Templating;

/// <summary>
/// Finds templates by name: first in the caller's templates folder (when one is configured),
/// then among the defaults embedded in the library. Names are relative paths inside the root;
/// absolute paths and <c>..</c> segments are refused. Parsed templates are cached; the catalog is
/// thread-safe.
/// </summary>
internal sealed class TemplateCatalog
{
    private const string ResourcePrefix = "PreAuthKit.Templates.";
    private static readonly Assembly LibraryAssembly = typeof(TemplateCatalog).Assembly;

    private readonly string? _root;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateCatalog(string? templatesFolder)
    {
        _root = templatesFolder is null ? null : Path.GetFullPath(templatesFolder);
    }

    /// <summary>The parsed template, or a <see cref="TemplateRenderException"/> naming file, line and column.</summary>
    public Template Get(string name) => _parsed.GetOrAdd(NormalizeName(name), Parse);

    /// <summary>The template's source text, or null when no template of that name exists.</summary>
    public string? LoadText(string name)
    {
        var normalized = NormalizeName(name);
        if (_root is not null)
        {
            var path = Path.GetFullPath(Path.Combine(_root, normalized));
            if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new TemplateRenderException(name, [$"{name}: the template path leaves the templates folder."]);
            }

            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        using var stream = LibraryAssembly.GetManifestResourceStream(ResourcePrefix + normalized)
            ?? LibraryAssembly.GetManifestResourceStream(ResourcePrefix + normalized.Replace('/', '\\'));
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Validates a template name: a relative path inside the root, forward slashes, no <c>..</c>.</summary>
    public static string NormalizeName(string name)
    {
        var normalized = name.Replace('\\', '/').Trim();
        if (normalized.Length == 0 || normalized.StartsWith('/') || Path.IsPathRooted(normalized) || normalized.Contains(':', StringComparison.Ordinal)
            || normalized.Split('/').Any(segment => segment is ".." or "." or ""))
        {
            throw new TemplateRenderException(name, [$"{name}: template names are relative paths inside the templates folder ('..' and absolute paths are not allowed)."]);
        }

        return normalized;
    }

    private Template Parse(string name)
    {
        var text = LoadText(name) ?? throw new TemplateRenderException(name, [$"{name}: no such template."]);
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            throw new TemplateRenderException(name, template.Messages.Select(m => m.ToString()).ToList());
        }

        return template;
    }
}

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PreAuthKit.Templating;

/// <summary>
/// Resolves <c>include</c> through the <see cref="TemplateCatalog"/>, so includes cannot leave the
/// templates root and honour the payer's overrides. The parsed template is handed to the render
/// context from the catalog's cache, so an include is parsed once per generator, not per render.
/// </summary>
internal sealed class ConfinedTemplateLoader(TemplateCatalog catalog, string? payerId) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var key = catalog.Resolve(templateName, payerId);
        if (!context.CachedTemplates.ContainsKey(key))
        {
            context.CachedTemplates[key] = catalog.GetByKey(key);
        }

        return key;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => TemplateCatalog.LoadText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => new(Load(context, callerSpan, templatePath));
}

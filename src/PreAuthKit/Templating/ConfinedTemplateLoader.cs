using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PreAuthKit.Templating;

/// <summary>Resolves <c>include</c> through the <see cref="TemplateCatalog"/>, so includes cannot leave the templates root.</summary>
internal sealed class ConfinedTemplateLoader(TemplateCatalog catalog) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => TemplateCatalog.NormalizeName(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => catalog.LoadText(templatePath) ?? throw new TemplateRenderException(templatePath, [$"{callerSpan}: included template '{templatePath}' does not exist."]);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => new(Load(context, callerSpan, templatePath));
}

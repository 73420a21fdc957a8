using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PreAuthKit.Templating;

/// <summary>
/// Renders a template against a prepared view model. Each render gets a fresh
/// <see cref="TemplateContext"/> with strict variables and loop, recursion and output limits.
/// </summary>
internal sealed class TemplateRenderer(TemplateCatalog catalog)
{
    /// <summary>Maximum iterations of any one loop.</summary>
    public const int LoopLimit = 1_000;

    /// <summary>Maximum include/function recursion depth.</summary>
    public const int RecursiveLimit = 20;

    /// <summary>Maximum characters of Markdown one render may produce.</summary>
    public const int OutputLimit = 2_000_000;

    public TemplateCatalog Catalog => catalog;

    public string Render(string templateName, ScriptObject model, CancellationToken cancellationToken)
    {
        var template = catalog.Get(templateName);
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = OutputLimit,
            LimitToString = 10_000,
            TemplateLoader = new ConfinedTemplateLoader(catalog),
            CancellationToken = cancellationToken,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException(templateName, [ex.Message]);
        }
    }
}

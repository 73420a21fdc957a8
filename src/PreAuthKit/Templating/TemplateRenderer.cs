using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PreAuthKit.Templating;

/// <summary>
/// Renders a template against a prepared view model. Each render gets a fresh
/// <see cref="TemplateContext"/> with strict variables, loop, recursion and output limits, the
/// caller's cancellation token and a loader confined to the templates root.
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

    /// <summary>Renders <paramref name="templateName"/> (with the payer's overrides) to Markdown.</summary>
    /// <exception cref="TemplateRenderException">The template or an include failed to parse or render.</exception>
    public string Render(string templateName, ScriptObject model, string? payerId, CancellationToken cancellationToken)
    {
        var template = catalog.Get(templateName, payerId);
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = OutputLimit,
            LimitToString = 10_000,
            TemplateLoader = new ConfinedTemplateLoader(catalog, payerId),
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
        catch (ScriptRuntimeException ex) when (Inner<TemplateRenderException>(ex) is { } inner)
        {
            throw inner;
        }
        catch (ScriptRuntimeException ex) when (Inner<OperationCanceledException>(ex) is { } canceled)
        {
            throw canceled;
        }
        catch (ScriptRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // Scriban reports cancellation as ScriptAbortException; callers expect the standard exception.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException(templateName, TemplateErrors.From(ex));
        }
    }

    private static T? Inner<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }
}

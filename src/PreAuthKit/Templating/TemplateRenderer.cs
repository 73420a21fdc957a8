using PreAuthKit.Validation;
using PreAuthKit.Validation.Findings;
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
    /// <summary>
    /// Maximum iterations of any one loop: every list entry a case within the caps can hold
    /// (<see cref="CaseLimits.TotalListEntries"/>), plus the library's own lists (checklist, enclosures).
    /// </summary>
    public const int LoopLimit = CaseLimits.TotalListEntries + 1_000;

    /// <summary>Maximum include/function recursion depth.</summary>
    public const int RecursiveLimit = 20;

    /// <summary>
    /// Maximum characters of Markdown one render may produce, derived from the caps: every case
    /// character escaped (at most 2 Markdown characters) and printed up to twice, plus 1,000,000
    /// characters of template text. Output that reaches it is refused (<c>PAK-TEMPLATE-001</c>),
    /// never cut: Scriban itself silently truncates at its <c>OutputLimit</c>.
    /// </summary>
    public const int OutputLimit = (4 * CaseLimits.TotalTextCharacters) + 1_000_000;

    /// <summary>
    /// Scriban's <c>LimitToString</c>: the longest string one expression (or one <c>include</c>,
    /// whose whole output is a string) may print. Scriban cuts a longer string and drops the rest of
    /// that template's output without an error, which is how a 10,000-character limit once lost whole
    /// letter sections. It equals <see cref="OutputLimit"/>, so a cut string always means the output
    /// limit was reached, which is refused.
    /// </summary>
    public const int StringLimit = OutputLimit;


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
            LimitToString = StringLimit,
            TemplateLoader = new ConfinedTemplateLoader(catalog, payerId),
            CancellationToken = cancellationToken,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(model);
        string output;
        try
        {
            output = template.Render(context);
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

        // Scriban stops writing at OutputLimit (and appends "...") without an error: refuse instead of printing a cut letter.
        if (output.Length >= OutputLimit)
        {
            var limit = FindingCatalog.Template.OutputLimit;
            throw new TemplateRenderException(templateName, [new TemplateError(templateName, 0, 0, $"{limit.Code}: {limit.Format(OutputLimit)}")]);
        }

        return output;
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

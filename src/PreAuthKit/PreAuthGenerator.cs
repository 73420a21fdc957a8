using PreAuthKit.CaseFiles;
using PreAuthKit.Generation;
using PreAuthKit.Validation;

namespace PreAuthKit;

/// <summary>
/// Validates cases and renders pre-authorization requests. Create one and reuse it: it is
/// thread-safe and caches parsed templates.
/// </summary>
public sealed class PreAuthGenerator
{
    private readonly DocumentPipeline _pipeline;

    /// <summary>Creates a generator with the given options (defaults when null).</summary>
    public PreAuthGenerator(PreAuthGeneratorOptions? options = null)
    {
        _pipeline = new DocumentPipeline(options ?? new PreAuthGeneratorOptions());
    }

    /// <summary>Validates a case without rendering it.</summary>
    public ValidationReport Validate(CaseFile caseFile)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return _pipeline.Validate(caseFile);
    }

    /// <summary>Renders the pre-authorization request (letter of medical necessity) for a case.</summary>
    /// <exception cref="CaseValidationException">The case has blocking findings; see its report.</exception>
    /// <exception cref="Templating.TemplateRenderException">A template failed to parse or render.</exception>
    public Task<RenderedDocument> RenderPreAuthorizationAsync(CaseFile caseFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return Task.Run(() =>
        {
            var run = _pipeline.RenderPreAuthorization(caseFile, cancellationToken);
            return new RenderedDocument(run.Pdf, run.Layout.Pages.Count, run.Report);
        }, cancellationToken);
    }

    internal DocumentPipeline Pipeline => _pipeline;
}

using Microsoft.Extensions.Logging;
using PreAuthKit.CaseFiles;
using PreAuthKit.Generation;
using PreAuthKit.Validation;

namespace PreAuthKit;

/// <summary>
/// Validates cases and renders pre-authorization requests and appeal letters. Create one and
/// reuse it (or register it with <c>services.AddPreAuthKit(...)</c>): it is thread-safe and
/// caches parsed templates.
/// </summary>
public sealed class PreAuthGenerator
{
    private readonly DocumentPipeline _pipeline;

    /// <summary>Creates a generator with the given options (defaults when null).</summary>
    /// <param name="options">Options; read once, here.</param>
    /// <param name="logger">
    /// Optional logger. It receives finding codes, counts, durations and hashes only, never patient
    /// data.
    /// </param>
    public PreAuthGenerator(PreAuthGeneratorOptions? options = null, ILogger<PreAuthGenerator>? logger = null)
    {
        _pipeline = new DocumentPipeline(options ?? new PreAuthGeneratorOptions(), logger);
    }

    /// <summary>Validates a case without rendering it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    public ValidationReport Validate(CaseFile caseFile)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return _pipeline.Validate(caseFile);
    }

    /// <summary>
    /// Evaluates a case against its medical policy (<see cref="PreAuthGeneratorOptions.Policies"/>):
    /// each criterion met, not met or needing attestation, with the evidence that decided it. Null
    /// when no policy pack matches the case. The same findings are part of <see cref="Validate"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    public Policies.PolicyEvaluation? EvaluatePolicy(CaseFile caseFile)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return _pipeline.EvaluatePolicy(caseFile.Case).Evaluation;
    }

    /// <summary>Renders the pre-authorization request (letter of medical necessity) for a case.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    /// <exception cref="CaseValidationException">The case has blocking findings; see its report.</exception>
    /// <exception cref="Templating.TemplateRenderException">A template failed to parse or render; see its errors.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public Task<RenderedDocument> RenderPreAuthorizationAsync(CaseFile caseFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return Task.Run(() => ToDocument(_pipeline.RenderPreAuthorization(caseFile, cancellationToken)), cancellationToken);
    }

    /// <summary>
    /// Renders the appeal letter for a case with an <c>appeal</c> section: first- or second-level
    /// internal appeal, external review request or Medicare redetermination, answering the denial
    /// reason point by point.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    /// <exception cref="CaseValidationException">The case has blocking findings or no appeal section; see its report.</exception>
    /// <exception cref="Templating.TemplateRenderException">A template failed to parse or render; see its errors.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public Task<RenderedDocument> RenderAppealAsync(CaseFile caseFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return Task.Run(() => ToDocument(_pipeline.RenderAppeal(caseFile, cancellationToken)), cancellationToken);
    }

    internal DocumentPipeline Pipeline => _pipeline;

    private static RenderedDocument ToDocument(PipelineRun run)
        => new(run.Pdf, run.Layout.Pages.Count, run.Report, run.Checklist, run.Deadline);
}

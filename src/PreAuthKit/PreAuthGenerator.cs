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

    /// <summary>
    /// Assembles the submission packet for a case: the letter (<see cref="PacketOptions.Letter"/>)
    /// with every attachment enclosed, an enclosure index and, optionally, a fax cover sheet; split
    /// into parts when <see cref="PacketOptions.MaxPagesPerPart"/> or
    /// <see cref="PacketOptions.MaxBytesPerPart"/> is set. Every attachment must name a PDF, JPEG,
    /// PNG or TIFF file that can be merged; otherwise the packet is refused (codes
    /// <c>PAK-ATT-1NN</c>, <c>PAK-PKT-0NN</c>; docs/packet.md).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    /// <exception cref="CaseValidationException">The case or an attachment has blocking findings; see its report.</exception>
    /// <exception cref="Templating.TemplateRenderException">A template failed to parse or render; see its errors.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public SubmissionPacket RenderPacket(CaseFile caseFile, PacketOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        var copy = (options ?? new PacketOptions()).Copy();
        var kind = copy.Letter == PacketLetter.Appeal ? DocumentKind.Appeal : DocumentKind.PreAuthorization;
        var (letter, packet) = _pipeline.RenderPacket(caseFile, kind, copy, cancellationToken);
        return new SubmissionPacket(packet.Parts, packet.Index, packet.PageCount, letter.Layout.Pages.Count, letter.Report);
    }

    internal DocumentPipeline Pipeline => _pipeline;

    private static RenderedDocument ToDocument(PipelineRun run)
        => new(run.Pdf, run.Layout.Pages.Count, run.Report, run.Checklist, run.Deadline);
}

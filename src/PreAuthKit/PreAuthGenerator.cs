using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PreAuthKit.Generation;
using PreAuthKit.Photos;
using PreAuthKit.Templating;

namespace PreAuthKit;

/// <summary>
/// Validates cases and renders pre-authorization requests and appeal letters. Create one and
/// reuse it (or register it with <c>services.AddPreAuthKit(...)</c>): it is thread-safe, caches
/// parsed templates, and works on a frozen, validated copy of its options.
/// </summary>
/// <remarks>
/// <para>Outcomes are data: <see cref="Validate"/> returns a report, <see cref="Render(CaseInput, DocumentKind?, CancellationToken)"/>
/// returns a <see cref="RenderResult"/> holding the document or the blocking report. Exceptions mean
/// misuse (null arguments, invalid options), a broken template override (<see cref="TemplateRenderException"/>;
/// check them at start-up with <see cref="CheckTemplates"/>) or cancellation.</para>
/// <para>The core is synchronous: rendering is CPU work on data in memory. The former
/// <c>RenderPreAuthorizationAsync</c>/<c>RenderAppealAsync</c> were <c>Task.Run</c> wrappers that threw
/// for a refused case; they were removed rather than kept beside the new entry point, because they
/// hid a blocking thread-pool hop behind an async name and made an expected outcome an exception.
/// Call <c>Render</c> from <c>Task.Run</c> yourself if a UI thread must stay free; write the PDF
/// with <see cref="RenderedDocument.WriteToAsync"/>, where the I/O is.</para>
/// </remarks>
public sealed class PreAuthGenerator
{
    private readonly DocumentPipeline _pipeline;

    /// <summary>Creates a generator with a copy of the given options (defaults when null), validated now.</summary>
    /// <param name="options">Options; copied here, so later changes to the object have no effect.</param>
    /// <param name="logger">
    /// Optional logger. It receives finding codes, counts, durations and hashes only, never patient data.
    /// </param>
    /// <exception cref="OptionsValidationException">The options are invalid (a value out of range, a null, a templates folder that does not exist); <see cref="OptionsValidationException.Failures"/> lists each.</exception>
    public PreAuthGenerator(PreAuthGeneratorOptions? options = null, ILogger<PreAuthGenerator>? logger = null)
    {
        var frozen = (options ?? new PreAuthGeneratorOptions()).Copy();
        var validation = new PreAuthGeneratorOptionsValidator().Validate(Options.DefaultName, frozen);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PreAuthGeneratorOptions), validation.Failures);
        }

        Pdf.EmbeddedFontResolver.EnsureInstalled(); // fills an empty PDFsharp font slot, never replaces the host's (PreAuthKitFonts)
        _pipeline = new DocumentPipeline(frozen, logger);
    }

    /// <summary>
    /// Checks a case for a document without rendering it: the rules, the documentation checklist
    /// and the photos (read to their headers and structure, not decoded).
    /// </summary>
    /// <param name="input">The case.</param>
    /// <param name="kind">The document; by default the case's own (<see cref="DocumentKind.For"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public ValidationReport Validate(CaseInput input, DocumentKind? kind = null) => Assess(input, kind).Report;

    /// <summary>
    /// Assesses a case once (report, checklist, deadline) so a caller can inspect it and then render
    /// it with <see cref="Render(CaseAssessment, CancellationToken)"/> without validating again.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public CaseAssessment Assess(CaseInput input, DocumentKind? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _pipeline.Assess(input, kind ?? DocumentKind.For(input.Case), IntakeDepth.Inspect, this, cancellationToken);
    }

    /// <summary>Assesses and renders a case: the PDF, or the blocking report when the case cannot be rendered.</summary>
    /// <param name="input">The case.</param>
    /// <param name="kind">The document; by default the case's own (<see cref="DocumentKind.For"/>).</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="TemplateRenderException">A template override failed to parse or render; see its errors.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public RenderResult Render(CaseInput input, DocumentKind? kind = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var assessment = _pipeline.Assess(input, kind ?? DocumentKind.For(input.Case), IntakeDepth.Full, this, cancellationToken);
        return _pipeline.Render(assessment, cancellationToken);
    }

    /// <summary>
    /// Renders an assessment made by this generator without running the rules again (photos are
    /// decoded now; a photo that fails to decode refuses the render).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">The assessment was made by another generator.</exception>
    /// <exception cref="TemplateRenderException">A template override failed to parse or render; see its errors.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public RenderResult Render(CaseAssessment assessment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (!ReferenceEquals(assessment.Generator, this))
        {
            throw new ArgumentException("The assessment was made by another generator (with other options); assess the case with this one.", nameof(assessment));
        }

        return _pipeline.Render(assessment, cancellationToken);
    }

    /// <summary>
    /// Parses every template each document kind uses (the embedded defaults, the templates folder's
    /// overrides and each <c>payers/&lt;payer-id&gt;/</c> folder), so a broken override is found at
    /// start-up rather than on the first request. Empty when all parse.
    /// </summary>
    public IReadOnlyList<TemplateError> CheckTemplates()
    {
        var errors = new List<TemplateError>();
        var payers = _pipeline.Options.TemplatesFolder is { } folder && Directory.Exists(Path.Combine(folder, "payers"))
            ? Directory.EnumerateDirectories(Path.Combine(folder, "payers")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var kind in DocumentKind.All)
        {
            foreach (var payer in payers.Prepend(null))
            {
                try
                {
                    _pipeline.Catalog.Get(kind.Template, payer);
                }
                catch (TemplateRenderException ex)
                {
                    errors.AddRange(ex.Errors.Where(e => !errors.Contains(e)));
                }
            }
        }

        return errors;
    }

    /// <summary>
    /// Assembles the submission packet for a case: the letter (<see cref="PacketOptions.Letter"/>,
    /// by default the case's own kind) with every attachment enclosed, an enclosure index and,
    /// optionally, a fax cover sheet; split into parts when <see cref="PacketOptions.MaxPagesPerPart"/>
    /// or <see cref="PacketOptions.MaxBytesPerPart"/> is set. Every attachment must name a PDF,
    /// JPEG, PNG or TIFF file (or in-memory source) that can be merged; otherwise the packet comes
    /// back refused, with the report (codes <c>PAK-ATT</c>, <c>PAK-PKT</c>; docs/packet.md).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A part limit in <paramref name="options"/> is negative.</exception>
    /// <exception cref="TemplateRenderException">A template override failed to parse or render; see its errors.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public SubmissionPacket RenderPacket(CaseInput input, PacketOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var copy = (options ?? new PacketOptions()).Copy();
        ArgumentOutOfRangeException.ThrowIfNegative(copy.MaxPagesPerPart, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(copy.MaxBytesPerPart, nameof(options));
        var kind = copy.Letter ?? DocumentKind.For(input.Case);
        var (letter, packet, report) = _pipeline.RenderPacket(input, kind, copy, this, cancellationToken);
        return packet is null
            ? new SubmissionPacket([], [], 0, 0, report)
            : new SubmissionPacket(packet.Parts, packet.Index, packet.PageCount, letter.Document!.PageCount, report);
    }

    internal DocumentPipeline Pipeline => _pipeline;
}

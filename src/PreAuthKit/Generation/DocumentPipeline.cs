using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PreAuthKit.Appeals;
using PreAuthKit.CaseFiles;
using PreAuthKit.Checklist;
using PreAuthKit.Layout;
using PreAuthKit.Markdown;
using PreAuthKit.Packet;
using PreAuthKit.Model;
using PreAuthKit.Pdf;
using PreAuthKit.Photos;
using PreAuthKit.Templating;
using PreAuthKit.Validation;
using PreAuthKit.Validation.Findings;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Generation;

/// <summary>
/// The pipeline: case -> validation -> checklist -> view model -> Scriban -> Markdown -> Markdig
/// -> layout -> PDF. Thread-safe: parsed templates are shared, everything else is per run.
/// </summary>
internal sealed class DocumentPipeline
{
    public const string PreAuthTemplate = "preauth-request.md.sbn";
    public const string AppealTemplate = "appeal-letter.md.sbn";

    private readonly PreAuthGeneratorOptions _options;
    private readonly ILogger _logger;
    private readonly TemplateRenderer _renderer;

    public DocumentPipeline(PreAuthGeneratorOptions options, ILogger? logger = null)
    {
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _renderer = new TemplateRenderer(new TemplateCatalog(options.TemplatesFolder));
    }

    public PreAuthGeneratorOptions Options => _options;

    public TemplateCatalog Catalog => _renderer.Catalog;

    public DateOnly Today => DateOnly.FromDateTime(_options.TimeProvider.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Validates a case; attachments that name a file are read by the same intake the packet uses,
    /// so whatever the packet would refuse, validate reports with the same code.
    /// </summary>
    public ValidationReport Validate(CaseFile caseFile)
    {
        var report = CaseValidator.Validate(caseFile, Today, _options.Validation);
        var attachments = Attachments(greyscale: false).ReadAll(caseFile.Case.Attachments, new FolderContentResolver(caseFile.BaseDirectory, _options.Validation.AllowAbsolutePhotoPaths), requirePath: false);
        var findings = attachments.SelectMany(a => a.Findings).ToList();
        return findings.Count == 0 ? report : new ValidationReport(report.Findings.Concat(findings));
    }

    /// <summary>
    /// Renders the letter of <paramref name="kind"/> and assembles the submission packet around it:
    /// every attachment must name a readable file; any that cannot be merged refuses the packet.
    /// </summary>
    public (PipelineRun Letter, PacketComposition Packet) RenderPacket(CaseFile caseFile, DocumentKind kind, PacketOptions options, CancellationToken cancellationToken)
    {
        var @case = caseFile.Case;
        var intake = Attachments(options.Greyscale);
        var attachments = intake.ReadAll(@case.Attachments, new FolderContentResolver(caseFile.BaseDirectory, _options.Validation.AllowAbsolutePhotoPaths), requirePath: true, cancellationToken);
        var refusals = attachments.SelectMany(a => a.Findings).ToList();
        FaxCover? cover = null;
        if (options.CoverSheet)
        {
            if (string.IsNullOrWhiteSpace(@case.Payer.Fax))
            {
                refusals.Add(AttachmentFindings.NoCoverFax());
            }

            cover = new FaxCover(
                @case.Payer.Name, @case.Payer.Fax, @case.Payer.Phone,
                @case.Clinic?.Name is { Length: > 0 } clinic ? clinic : @case.RequestingProvider.Name,
                @case.Clinic?.Fax ?? @case.RequestingProvider.Fax, @case.Clinic?.Phone ?? @case.RequestingProvider.Phone,
                @case.SubmittedOn,
                kind == DocumentKind.Appeal ? "Appeal with enclosures" : "Pre-authorization request with enclosures",
                Reference(@case, kind));
        }

        PipelineRun letter;
        try
        {
            letter = Render(caseFile, kind, cancellationToken);
        }
        catch (CaseValidationException ex) when (refusals.Count > 0)
        {
            throw new CaseValidationException(new ValidationReport(ex.Report.Findings.Concat(refusals.Where(r => !ex.Report.Findings.Contains(r)))));
        }

        if (refusals.Count > 0)
        {
            var refused = new ValidationReport(letter.Report.Findings.Concat(refusals.Where(r => !letter.Report.Findings.Contains(r))));
            PipelineLog.Refused(_logger, kind, refused.Errors.Select(f => f.Code).ToList());
            throw new CaseValidationException(refused);
        }

        var stamp = new PacketStamp($"{@case.Patient.LastName}, {@case.Patient.FirstName}", @case.Patient.MemberId, Reference(@case, kind));
        var metadata = kind == DocumentKind.Appeal
            ? new PdfMetadata("Appeal packet", "Appeal letter with enclosures", CreatedAt(@case))
            : new PdfMetadata("Pre-authorization packet", "Letter of medical necessity with enclosures", CreatedAt(@case));
        var input = new PacketInput(letter.Pdf, kind == DocumentKind.Appeal ? "Appeal letter" : "Pre-authorization request",
            attachments.Select(a => a.Attachment!).ToList(), stamp, cover, metadata);
        var packet = new PacketComposer(Geometry).Compose(input, options, cancellationToken);
        if (packet.Findings.Count > 0)
        {
            throw new CaseValidationException(new ValidationReport(letter.Report.Findings.Concat(packet.Findings)));
        }

        return (letter, packet);
    }

    private PacketGeometry Geometry => _options.PageSize == PageSize.A4 ? PacketGeometry.A4 : PacketGeometry.Letter;

    private AttachmentIntake Attachments(bool greyscale) => new(
        AttachmentLimits.Default with { AllowAbsolutePaths = _options.Validation.AllowAbsolutePhotoPaths },
        Geometry,
        greyscale);

    /// <summary>The reference the packet's stamp and cover print: the letter's own footer reference, and the claim number of an appeal.</summary>
    private static string Reference(PreAuthCase @case, DocumentKind kind)
    {
        var reference = DocumentReferences.For(@case, kind == DocumentKind.Appeal ? "Appeal" : "Pre-authorization request");
        return kind == DocumentKind.Appeal && !string.IsNullOrWhiteSpace(@case.Appeal?.ClaimNumber)
            ? $"{reference} \u00b7 Claim {@case.Appeal.ClaimNumber.Trim()}"
            : reference;
    }

    public PipelineRun RenderPreAuthorization(CaseFile caseFile, CancellationToken cancellationToken)
        => Render(caseFile, DocumentKind.PreAuthorization, cancellationToken);

    public PipelineRun RenderAppeal(CaseFile caseFile, CancellationToken cancellationToken)
        => Render(caseFile, DocumentKind.Appeal, cancellationToken);

    private PipelineRun Render(CaseFile caseFile, DocumentKind kind, CancellationToken cancellationToken)
    {
        var started = _options.TimeProvider.GetTimestamp();
        var @case = caseFile.Case;
        var report = CaseValidator.Rules(@case, Today, _options.Validation, kind);
        if (kind == DocumentKind.Appeal && @case.Appeal is null)
        {
            report = new ValidationReport(report.Findings.Append(AppealMissing));
        }

        PipelineLog.Validated(_logger, kind, report.Errors.Count(), report.Warnings.Count());
        cancellationToken.ThrowIfCancellationRequested();

        // Photos: the one intake at full depth (validation's header checks, then decoded, turned upright,
        // scaled to 200 dpi at their placed size and re-encoded without EXIF). It runs even when the rules
        // already refused the case, so a refused case lists every unusable photo at once. A photo that
        // cannot be used is a blocking finding; notes (GPS removed) join the report.
        var photos = new PhotoIntake(PhotoProcessingOptions.From(_options.Validation))
            .Take(@case.Photos, new FolderContentResolver(caseFile.BaseDirectory, _options.Validation.AllowAbsolutePhotoPaths), IntakeDepth.Full, PhotoPlacement.HalfWidth, cancellationToken);
        report = new ValidationReport(report.Findings.Concat(photos.Findings));
        if (report.IsBlocking)
        {
            PipelineLog.Refused(_logger, kind, report.Errors.Select(f => f.Code).ToList());
            throw new CaseValidationException(report);
        }

        var checklist = ChecklistBuilder.For(@case, kind);
        AppealDeadline? deadline = null;
        LetterModel model;
        string templateName;
        if (kind == DocumentKind.Appeal)
        {
            var appeal = @case.Appeal!;
            deadline = AppealDeadlineCalculator.Compute(appeal, @case.Payer.PlanType, @case.Patient.Address?.State, @case.SubmittedOn, _options.Validation.AppealDeadlines);
            model = LetterModelBuilder.ForAppeal(@case, appeal, deadline, checklist);
            templateName = AppealTemplate;
        }
        else
        {
            model = LetterModelBuilder.ForPreAuthorization(@case, checklist);
            templateName = PreAuthTemplate;
        }

        string markdown;
        try
        {
            markdown = _renderer.Render(templateName, model.Script, TemplateCatalog.SafePayerId(@case.Payer.PayerId), cancellationToken);
        }
        catch (TemplateRenderException)
        {
            PipelineLog.TemplateFailed(_logger, kind, templateName);
            throw;
        }

        var syntax = MarkdownParser.Parse(markdown);
        var blocks = BlockBuilder.Build(syntax);
        cancellationToken.ThrowIfCancellationRequested();

        using var measurer = new TextMeasurer();
        var page = _options.PageSize == PageSize.A4 ? PageSetup.A4 : PageSetup.Letter;
        var layout = new DocumentLayouter(page, model.Furniture, measurer, photos).Layout(blocks);
        if (layout.Warnings.Count > 0)
        {
            report = new ValidationReport(report.Findings.Concat(layout.Warnings.Select(w => new ValidationFinding(w.Code, FindingSeverity.Warning, "$", w.Message, FindingSection.Layout))));
        }

        var metadata = kind == DocumentKind.Appeal
            ? new PdfMetadata("Appeal letter", "Appeal of a denied claim or authorization", CreatedAt(@case))
            : new PdfMetadata("Pre-authorization request", "Letter of medical necessity", CreatedAt(@case));
        var pdf = PdfDocumentWriter.Write(layout, metadata, measurer, options: new PdfOutputOptions(_options.Archival, _options.FaxFriendly));
        var run = new PipelineRun(kind, report, checklist, deadline, model, markdown, syntax, blocks, layout, pdf);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
            PipelineLog.Rendered(_logger, kind, layout.Pages.Count, pdf.Length, sha, _options.TimeProvider.GetElapsedTime(started));
        }

        return run;
    }

    private static ValidationFinding AppealMissing { get; } = FindingCatalog.Appeal.SectionMissing.At("appeal");

    /// <summary>The document date: the case's submission date at noon UTC, so the PDF does not depend on the clock.</summary>
    private static DateTimeOffset CreatedAt(PreAuthCase @case)
        => new(@case.SubmittedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

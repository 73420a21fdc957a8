using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PreAuthKit.Appeals;
using PreAuthKit.CaseFiles;
using PreAuthKit.Checklist;
using PreAuthKit.Layout;
using PreAuthKit.Markdown;
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

    public ValidationReport Validate(CaseFile caseFile) => CaseValidator.Validate(caseFile, Today, _options.Validation);

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
            model = LetterModelBuilder.ForAppeal(@case, appeal, deadline, checklist, report, _options.Validation);
            templateName = AppealTemplate;
        }
        else
        {
            model = LetterModelBuilder.ForPreAuthorization(@case, checklist, report, _options.Validation);
            templateName = PreAuthTemplate;
        }

        // The draft gate: strict mode refuses a letter that would be a draft instead of rendering it.
        if (_options.Validation.Strict && model.Gate.IsDraft)
        {
            report = new ValidationReport(report.Findings.Append(DraftRefused(model.Gate)));
            PipelineLog.Refused(_logger, kind, report.Errors.Select(f => f.Code).ToList());
            throw new CaseValidationException(report);
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
        var pdf = PdfDocumentWriter.Write(layout, metadata, measurer);
        var run = new PipelineRun(kind, report, checklist, deadline, model, markdown, syntax, blocks, layout, pdf);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
            PipelineLog.Rendered(_logger, kind, layout.Pages.Count, pdf.Length, sha, _options.TimeProvider.GetElapsedTime(started));
        }

        return run;
    }

    private static ValidationFinding AppealMissing { get; } = FindingCatalog.Appeal.SectionMissing.At("appeal");

    /// <summary>PAK-LTR-001: strict mode and the letter would be a draft; the message lists what is missing (no patient data).</summary>
    private static ValidationFinding DraftRefused(DraftGate gate) => FindingCatalog.Letter.DraftRefused.At("$",
        (gate.Missing.Count > 0 ? $"Missing: {string.Join("; ", gate.Missing)}." : "")
        + (gate.Warnings.Count > 0 ? " It also draws a cosmetic-risk warning: document the functional impairment." : ""));

    /// <summary>The document date: the case's submission date at noon UTC, so the PDF does not depend on the clock.</summary>
    private static DateTimeOffset CreatedAt(PreAuthCase @case)
        => new(@case.SubmittedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

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
using PreAuthKit.Policies;
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

    public ValidationReport Validate(CaseFile caseFile) => Assess(caseFile, null).Report;

    /// <summary>The case's medical policy evaluated (null when no pack matches), with the findings it draws.</summary>
    public (PolicyEvaluation? Evaluation, IReadOnlyList<ValidationFinding> Findings) EvaluatePolicy(PreAuthCase @case)
    {
        var strict = _options.Validation.Strict;
        var (pack, findings) = _options.Policies.Match(@case, strict);
        if (pack is null)
        {
            return (null, findings);
        }

        var evaluation = PolicyEvaluator.Evaluate(@case, pack);
        var all = findings.Concat(PolicyEvaluator.Findings(@case, evaluation, strict)).ToList();
        if (pack.IsExample)
        {
            all.Add(PolicyFindings.ExamplePack.At("policy.id",
                $"Medical policy {pack.PolicyId} comes from an example pack written from a public summary: check its criteria against the payer's current policy before relying on it."));
        }

        return (evaluation, all);
    }

    private (ValidationReport Report, PolicyEvaluation? Policy) Assess(CaseFile caseFile, DocumentKind? kind)
    {
        var report = kind is { } k ? CaseValidator.Rules(caseFile.Case, Today, _options.Validation, k) : CaseValidator.Validate(caseFile, Today, _options.Validation);
        var (policy, findings) = EvaluatePolicy(caseFile.Case);
        return (findings.Count == 0 ? report : new ValidationReport(report.Findings.Concat(findings)), policy);
    }

    public PipelineRun RenderPreAuthorization(CaseFile caseFile, CancellationToken cancellationToken)
        => Render(caseFile, DocumentKind.PreAuthorization, cancellationToken);

    public PipelineRun RenderAppeal(CaseFile caseFile, CancellationToken cancellationToken)
        => Render(caseFile, DocumentKind.Appeal, cancellationToken);

    private PipelineRun Render(CaseFile caseFile, DocumentKind kind, CancellationToken cancellationToken)
    {
        var started = _options.TimeProvider.GetTimestamp();
        var @case = caseFile.Case;
        var (report, policy) = Assess(caseFile, kind);
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
        // A photo list over its cap is refused as a whole: no photo of it is decoded.
        var photos = new PhotoIntake(PhotoProcessingOptions.From(_options.Validation))
            .Take(CaseValidator.PhotosOverCap(report) ? [] : @case.Photos, new FolderContentResolver(caseFile.BaseDirectory, _options.Validation.AllowAbsolutePhotoPaths), IntakeDepth.Full, PhotoPlacement.HalfWidth, cancellationToken);
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

        // Two-pass layout: the criteria table cites the page each piece of evidence lands on, and the
        // table itself moves content. Lay out, read where the evidence landed, lay out again with those
        // pages, until the pages no longer change.
        using var measurer = new TextMeasurer();
        var page = _options.PageSize == PageSize.A4 ? PageSetup.A4 : PageSetup.Letter;
        IReadOnlyDictionary<PolicyEvidence, EvidenceLocation> pages = new Dictionary<PolicyEvidence, EvidenceLocation>();
        string markdown;
        Markdig.Syntax.MarkdownDocument syntax;
        IReadOnlyList<Layout.Blocks.ContentBlock> blocks;
        LayoutDocument layout;
        for (var pass = 1; ; pass++)
        {
            model.Script["policy"] = PolicyViewModel.Build(policy, pages);
            markdown = RenderTemplate(templateName, model, @case, kind, cancellationToken);
            syntax = MarkdownParser.Parse(markdown);
            blocks = BlockBuilder.Build(syntax);
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                layout = new DocumentLayouter(page, model.Furniture, measurer, photos).Layout(blocks);
            }
            catch (LayoutLimitException)
            {
                // Only a template override can get here (a case within the caps needs far fewer pages): refuse, never cut.
                throw new CaseValidationException(new ValidationReport(report.Findings.Append(PageLimitReached)));
            }

            if (policy is null)
            {
                break;
            }

            var found = PolicyPageLocator.Locate(layout, policy);
            if (PolicyPageLocator.Same(found, pages))
            {
                break;
            }

            if (pass == MaxLayoutPasses)
            {
                report = new ValidationReport(report.Findings.Append(PolicyFindings.Case(PolicyFindings.PagesUnstable, "policy",
                    "The page references of the criteria table did not settle; check them in the PDF before sending.", strict: false)));
                break;
            }

            pages = found;
        }

        if (layout.Warnings.Count > 0)
        {
            report = new ValidationReport(report.Findings.Concat(layout.Warnings.Select(w => new ValidationFinding(w.Code, FindingSeverity.Warning, "$", w.Message, FindingSection.Layout))));
        }

        var metadata = kind == DocumentKind.Appeal
            ? new PdfMetadata("Appeal letter", "Appeal of a denied claim or authorization", CreatedAt(@case))
            : new PdfMetadata("Pre-authorization request", "Letter of medical necessity", CreatedAt(@case));
        var pdf = PdfDocumentWriter.Write(layout, metadata, measurer);
        var run = new PipelineRun(kind, report, checklist, deadline, model, markdown, syntax, blocks, layout, pdf, policy, pages);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
            PipelineLog.Rendered(_logger, kind, layout.Pages.Count, pdf.Length, sha, _options.TimeProvider.GetElapsedTime(started));
        }

        return run;
    }

    /// <summary>The most layout passes for stable page references (each pass after the first only moves page numbers).</summary>
    private const int MaxLayoutPasses = 4;

    private string RenderTemplate(string templateName, LetterModel model, PreAuthCase @case, DocumentKind kind, CancellationToken cancellationToken)
    {
        try
        {
            return _renderer.Render(templateName, model.Script, TemplateCatalog.SafePayerId(@case.Payer.PayerId), cancellationToken);
        }
        catch (TemplateRenderException)
        {
            PipelineLog.TemplateFailed(_logger, kind, templateName);
            throw;
        }
    }

    private static ValidationFinding PageLimitReached { get; } = FindingCatalog.Layout.PageLimit.At("$", DocumentLayouter.PageLimit);

    private static ValidationFinding AppealMissing { get; } = FindingCatalog.Appeal.SectionMissing.At("appeal");

    /// <summary>PAK-LTR-001: strict mode and the letter would be a draft; the message lists what is missing (no patient data).</summary>
    private static ValidationFinding DraftRefused(DraftGate gate) => FindingCatalog.Letter.DraftRefused.At("$",
        (gate.Missing.Count > 0 ? $"Missing: {string.Join("; ", gate.Missing)}." : "")
        + (gate.Warnings.Count > 0 ? " It also draws a cosmetic-risk warning: document the functional impairment." : ""));

    /// <summary>The document date: the case's submission date at noon UTC, so the PDF does not depend on the clock.</summary>
    private static DateTimeOffset CreatedAt(PreAuthCase @case)
        => new(@case.SubmittedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

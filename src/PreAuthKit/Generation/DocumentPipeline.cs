using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PreAuthKit.CaseFiles;
using PreAuthKit.Checklist;
using PreAuthKit.Layout;
using PreAuthKit.Markdown;
using PreAuthKit.Model;
using PreAuthKit.Packet;
using PreAuthKit.Pdf;
using PreAuthKit.Photos;
using PreAuthKit.Policies;
using PreAuthKit.Templating;
using PreAuthKit.Validation;
using PreAuthKit.Validation.Findings;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Generation;

/// <summary>
/// The pipeline: case -> assessment (facts, rules, checklist, photo intake: computed once) -> view
/// model -> Scriban -> Markdown -> Markdig -> layout -> PDF. Every later stage reads the assessment;
/// none derives a fact again. Thread-safe: parsed templates are shared, everything else is per run.
/// </summary>
internal sealed class DocumentPipeline
{
    private readonly PreAuthGeneratorOptions _options;
    private readonly ILogger _logger;
    private readonly TemplateRenderer _renderer;
    private readonly PhotoIntake _photos;
    private readonly PreAuthCaseValidator _validator = new();

    /// <param name="options">A frozen copy (the generator's).</param>
    /// <param name="logger">Codes, counts, durations and hashes only.</param>
    public DocumentPipeline(PreAuthGeneratorOptions options, ILogger? logger = null)
    {
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _renderer = new TemplateRenderer(new TemplateCatalog(options.TemplatesFolder));
        _photos = new PhotoIntake(PhotoProcessingOptions.From(options.Validation));
    }

    public PreAuthGeneratorOptions Options => _options;

    public TemplateCatalog Catalog => _renderer.Catalog;

    public DateOnly Today => DateOnly.FromDateTime(_options.TimeProvider.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Assesses a case for a document: the facts, the kind's prerequisites, the rules, the kind's
    /// checklist and the photo intake (header depth for <c>Validate</c>, full depth for rendering), once.
    /// Attachments are read as <c>Validate</c> reads them unless <paramref name="attachments"/> says how
    /// (the packet's reading, <see cref="AttachmentReading.Packet"/>); the assessment carries the outcomes.
    /// </summary>
    public CaseAssessment Assess(CaseInput input, DocumentKind kind, IntakeDepth depth, PreAuthGenerator owner, CancellationToken cancellationToken, AttachmentReading? attachments = null)
    {
        var @case = input.Case;
        var validation = _options.Validation;
        var facts = new CaseFacts(@case, Today, validation);
        var rules = kind.Prerequisites(@case).Concat(CaseValidator.Rules(facts, validation, _validator)).ToList();
        var checklist = ChecklistBuilder.Evaluate(facts, kind.ChecklistItems(@case), validation.Strict);
        var (policy, policyFindings) = EvaluatePolicy(@case);
        rules.AddRange(policyFindings);
        cancellationToken.ThrowIfCancellationRequested();

        // The photos run even when the rules already refused the case, so a refused case lists every unusable photo at once.
        // A photo list over its cap is refused as a whole (the caps finding): no photo of it is read or decoded.
        var resolver = input.Resolver(validation.AllowAbsolutePhotoPaths);
        var photos = _photos.Take(CaseValidator.PhotosOverCap(@case) ? [] : @case.Photos, resolver, depth, PhotoPlacement.HalfWidth, cancellationToken);

        // Attachments that name a file are read by the packet's own intake (at every depth: the import
        // trial is what predicts the packet), so a missing, encrypted or damaged one is reported here;
        // the packet assembles from these same outcomes, never reading a file twice.
        var reading = attachments ?? AttachmentReading.Validate;
        var intake = new AttachmentIntake(AttachmentLimits.Default with { AllowAbsolutePaths = validation.AllowAbsolutePhotoPaths }, PacketGeometry.For(_options.PageSize), reading.Greyscale, reading.BuildPages);
        var outcomes = intake.ReadAll(CaseValidator.AttachmentsOverCap(@case) ? [] : @case.Attachments, resolver, reading.RequirePath, cancellationToken);
        rules.AddRange(outcomes.SelectMany(a => a.Findings));

        // Values the document has no place for, given the rest of the case: reported, never dropped silently.
        rules.AddRange(UnprintedContent.Findings(facts, kind));

        // The draft gate sits beside the checklist, so Validate and render agree: strict validation
        // refuses a letter that would be a draft (the letter family's draft refusal) at every depth.
        var gate = DraftGate.For(facts, checklist.Checklist, rules.Concat(checklist.Findings));
        if (validation.Strict && gate.IsDraft)
        {
            rules.Add(gate.Refusal());
        }

        var report = new ValidationReport(rules.Concat(checklist.Findings).Concat(photos.Findings));
        PipelineLog.Validated(_logger, kind, report.Errors.Count(), report.Warnings.Count());
        return new CaseAssessment(input, kind, facts, report, checklist.Checklist, gate, photos, depth, owner) { RuleFindings = [.. rules, .. checklist.Findings], Policy = policy, Attachments = outcomes };
    }

    /// <summary>The case's medical policy evaluated (null when no pack matches), with the findings it draws; part of <see cref="Assess"/>.</summary>
    private (PolicyEvaluation? Evaluation, IReadOnlyList<ValidationFinding> Findings) EvaluatePolicy(PreAuthCase @case)
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

    /// <summary>Renders an assessment; a blocking one (or one whose photos fail to decode) comes back refused.</summary>
    public RenderResult Render(CaseAssessment assessment, CancellationToken cancellationToken)
    {
        var (result, _) = Run(assessment, cancellationToken);
        return result;
    }

    /// <summary>The render with every stage's output, for tests and benchmarks.</summary>
    public (RenderResult Result, PipelineRun? Run) Run(CaseAssessment assessment, CancellationToken cancellationToken)
    {
        var started = _options.TimeProvider.GetTimestamp();
        var kind = assessment.Kind;
        if (assessment.Depth != IntakeDepth.Full)
        {
            // An assessment from Validate read photo headers only: decode them now; the rules are not run again.
            var photos = _photos.Take(assessment.Case.Photos, assessment.Input.Resolver(_options.Validation.AllowAbsolutePhotoPaths), IntakeDepth.Full, PhotoPlacement.HalfWidth, cancellationToken);
            assessment = new CaseAssessment(assessment.Input, kind, assessment.Facts, new ValidationReport(assessment.RuleFindings.Concat(photos.Findings)),
                assessment.Checklist, assessment.Gate, photos, IntakeDepth.Full, assessment.Generator) { RuleFindings = assessment.RuleFindings, Policy = assessment.Policy, Attachments = assessment.Attachments };
        }

        var report = assessment.Report;
        if (report.IsBlocking)
        {
            PipelineLog.Refused(_logger, kind, report.Errors.Select(f => f.Code).ToList());
            return (new RenderResult(assessment, null, report), null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var @case = assessment.Case;
        var model = kind.BuildModel(assessment);

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
        var policy = assessment.Policy;
        for (var pass = 1; ; pass++)
        {
            if (pass > 1)
            {
                // The view model holds the criteria without pages (LetterModelBuilder); later passes add the pages found.
                model.Script["policy"] = PolicyViewModel.Build(policy, pages);
            }

            markdown = RenderTemplate(kind.Template, model, @case, kind, cancellationToken);
            syntax = MarkdownParser.Parse(markdown);
            blocks = BlockBuilder.Build(syntax);
            if (_options.FaxFriendly)
            {
                blocks = FaxIndex.Insert(FaxStyle.Apply(blocks), FaxIndex.Entries(@case, kind == DocumentKind.Appeal));
            }

            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                layout = new DocumentLayouter(page, model.Furniture, measurer, assessment.Photos).Layout(blocks);
            }
            catch (LayoutLimitException)
            {
                // Only a template override can get here (a case within the caps needs far fewer pages): refuse, never cut.
                return (new RenderResult(assessment, null, new ValidationReport(report.Findings.Append(PageLimitReached))), null);
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

        var pdf = PdfDocumentWriter.Write(layout, kind.Metadata(CreatedAt(@case)), measurer, options: new PdfOutputOptions(_options.Archival, _options.FaxFriendly));
        var document = new RenderedDocument(pdf, layout.Pages.Count, report, assessment.Checklist, assessment.Deadline);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            PipelineLog.Rendered(_logger, kind, layout.Pages.Count, pdf.Length, document.Sha256, _options.TimeProvider.GetElapsedTime(started));
        }

        var run = new PipelineRun(kind, report, assessment.Checklist, assessment.Deadline, model, markdown, syntax, blocks, layout, pdf, policy, pages);
        return (new RenderResult(assessment, document, report), run);
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

    /// <summary>Test hook: assess and render a case file as a pre-authorization request; a refusal throws <see cref="CaseValidationException"/>.</summary>
    public PipelineRun RenderPreAuthorization(CaseFile caseFile, CancellationToken cancellationToken) => RunOrThrow(caseFile, DocumentKind.PreAuthorization, cancellationToken);

    /// <summary>Test hook: assess and render a case file as an appeal letter; a refusal throws <see cref="CaseValidationException"/>.</summary>
    public PipelineRun RenderAppeal(CaseFile caseFile, CancellationToken cancellationToken) => RunOrThrow(caseFile, DocumentKind.Appeal, cancellationToken);

    /// <summary>Test hook: what <c>Validate</c> reports for a case file (its natural kind).</summary>
    public ValidationReport Validate(CaseFile caseFile) => Assess(caseFile, DocumentKind.For(caseFile.Case), IntakeDepth.Inspect, null!, default).Report;

    private PipelineRun RunOrThrow(CaseFile caseFile, DocumentKind kind, CancellationToken cancellationToken)
    {
        var (result, run) = Run(Assess(caseFile, kind, IntakeDepth.Full, null!, cancellationToken), cancellationToken);
        return run ?? throw new CaseValidationException(result.Report);
    }

    /// <summary>The document date: the case's submission date at noon UTC, so the PDF does not depend on the clock.</summary>
    internal static DateTimeOffset CreatedAt(PreAuthCase @case)
        => new(@case.SubmittedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

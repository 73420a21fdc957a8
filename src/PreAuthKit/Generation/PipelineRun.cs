using Markdig.Syntax;
using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;
using PreAuthKit.Policies;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Generation;

/// <summary>Every stage's output for one render, so tests can inspect each seam.</summary>
internal sealed record PipelineRun(
    DocumentKind Kind,
    ValidationReport Report,
    DocumentationChecklist Checklist,
    AppealDeadline? Deadline,
    LetterModel Model,
    string Markdown,
    MarkdownDocument Syntax,
    IReadOnlyList<ContentBlock> Blocks,
    LayoutDocument Layout,
    byte[] Pdf,
    PolicyEvaluation? Policy = null,
    IReadOnlyDictionary<PolicyEvidence, EvidenceLocation>? EvidencePages = null);


namespace PreAuthKit.Sample.Documents;

/// <summary>The result of rendering one case.</summary>
/// <param name="CaseName">The case file's name (no folder).</param>
/// <param name="Kind">The document asked for.</param>
/// <param name="Status">What happened.</param>
/// <param name="Findings">Blocking errors, the file finding when unreadable, or the warnings the PDF was rendered with.</param>
/// <param name="Reason">A one-line reason when not rendered.</param>
/// <param name="Path">Full path of the written PDF, when rendered.</param>
/// <param name="Document">The rendered document, when rendered.</param>
/// <param name="RemovedStale">When not rendered: the name of an earlier PDF of this case that was removed from the output folder, so it cannot pass for current.</param>
internal sealed record DocumentOutcome(
    string CaseName,
    DocumentKind Kind,
    OutcomeStatus Status,
    IReadOnlyList<ValidationFinding> Findings,
    string Reason,
    string? Path = null,
    RenderedDocument? Document = null,
    string? RemovedStale = null);

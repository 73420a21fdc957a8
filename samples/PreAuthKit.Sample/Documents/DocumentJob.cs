using PreAuthKit.Sample.Output;
using PreAuthKit.Templating;

namespace PreAuthKit.Sample.Documents;

/// <summary>
/// Reads one case file, renders one document and writes it atomically. Unreadable and refused cases
/// are data from the library (<see cref="CaseInput.TryLoad"/>, <see cref="RenderResult"/>); only
/// writing the file (an I/O error) and a broken template override (a configuration error, also
/// checked once at start-up by <see cref="GeneratorFactory"/>) arrive as exceptions.
/// </summary>
internal static class DocumentJob
{
    /// <summary>Runs the job. <paramref name="kind"/> null means "whatever the case is" (<see cref="DocumentKind.For"/>).</summary>
    public static async Task<DocumentOutcome> RunAsync(PreAuthGenerator generator, string casePath, DocumentKind? kind, string outDir, CancellationToken cancellationToken)
    {
        var outcome = await RenderAsync(generator, casePath, kind, outDir, cancellationToken).ConfigureAwait(false);
        return outcome.Status == OutcomeStatus.Rendered ? outcome : WithoutStaleOutput(outcome, casePath, kind, outDir);
    }

    /// <summary>
    /// A refused or failed run removes the earlier PDF of the same case and kind from the output folder
    /// (both kinds when the case could not be read), so an old PDF never looks like this run's result.
    /// </summary>
    private static DocumentOutcome WithoutStaleOutput(DocumentOutcome outcome, string casePath, DocumentKind? kind, string outDir)
    {
        DocumentKind[] kinds = kind is { } known ? [known] : outcome.Status == OutcomeStatus.Unreadable ? [DocumentKind.PreAuthorization, DocumentKind.Appeal] : [outcome.Kind];
        var removed = kinds.Select(k => DocumentRenderer.FileName(casePath, k)).Where(name => AtomicFile.RemoveStale(outDir, name)).ToList();
        return removed.Count == 0 ? outcome : outcome with { RemovedStale = TerminalText.Safe(string.Join(", ", removed)) };
    }

    private static async Task<DocumentOutcome> RenderAsync(PreAuthGenerator generator, string casePath, DocumentKind? kind, string outDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var caseName = TerminalText.Safe(Path.GetFileName(casePath));
        if (!CaseInput.TryLoad(casePath, out var input, out var problem))
        {
            return new DocumentOutcome(caseName, kind ?? DocumentKind.PreAuthorization, OutcomeStatus.Unreadable, [problem], FindingText.Line(problem));
        }

        var actualKind = kind ?? DocumentKind.For(input.Case);
        RenderResult result;
        try
        {
            result = generator.Render(input, actualKind, cancellationToken);
        }
        catch (TemplateRenderException ex)
        {
            // A template override that parses (GeneratorFactory checked) but fails while rendering: a configuration error.
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Failed, [], TerminalText.Safe($"PAK-HOST-003: template error: {string.Join("; ", ex.Messages)}"));
        }

        if (result.Document is not { } document)
        {
            return Blocked(caseName, actualKind, result.Report);
        }

        try
        {
            var path = await AtomicFile.WriteAsync(outDir, DocumentRenderer.FileName(casePath, actualKind), document, cancellationToken).ConfigureAwait(false);
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Rendered, result.Report.Warnings.ToList(), "", path, document);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Failed, [], $"PAK-HOST-002: the PDF could not be written to '{TerminalText.Safe(outDir)}' ({ex.GetType().Name})");
        }
    }

    private static DocumentOutcome Blocked(string caseName, DocumentKind kind, ValidationReport report)
    {
        var errors = report.Errors.ToList();
        var reason = errors.Count switch
        {
            0 => "blocked by validation",
            1 => FindingText.Line(errors[0]),
            _ => $"{FindingText.Line(errors[0])} (+{errors.Count - 1} more)",
        };
        return new DocumentOutcome(caseName, kind, OutcomeStatus.Blocked, errors, reason);
    }
}

using PreAuthKit.CaseFiles;
using PreAuthKit.Sample.Output;
using PreAuthKit.Templating;
using PreAuthKit.Validation;

namespace PreAuthKit.Sample.Documents;

/// <summary>
/// Reads one case file, renders one document and writes it atomically. Every expected failure
/// becomes a <see cref="DocumentOutcome"/>; none escapes as an exception (except cancellation).
/// </summary>
internal static class DocumentJob
{
    /// <summary>Runs the job. <paramref name="kind"/> null means "whatever the case is": appeal when it has an appeal section.</summary>
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
        var caseName = TerminalText.Safe(Path.GetFileName(casePath));
        CaseFile caseFile;
        try
        {
            caseFile = CaseFileReader.Load(casePath);
        }
        catch (CaseFileException ex)
        {
            return new DocumentOutcome(caseName, kind ?? DocumentKind.PreAuthorization, OutcomeStatus.Unreadable, [ex.Finding], FindingText.Line(ex.Finding));
        }

        var actualKind = kind ?? DocumentRenderer.KindFor(caseFile);
        try
        {
            var document = await DocumentRenderer.Start(generator, actualKind, caseFile, cancellationToken).ConfigureAwait(false);
            var path = await AtomicFile.WriteAsync(outDir, DocumentRenderer.FileName(casePath, actualKind), document, cancellationToken).ConfigureAwait(false);
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Rendered, document.Report.Warnings.ToList(), "", path, document);
        }
        catch (CaseValidationException ex)
        {
            return Blocked(caseName, actualKind, ex.Report);
        }
        catch (TemplateRenderException ex)
        {
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Failed, [], TerminalText.Safe($"template error: {string.Join("; ", ex.Messages)}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Failed, [], $"the PDF could not be written to '{TerminalText.Safe(outDir)}' ({ex.GetType().Name})");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad case must not take a whole batch down. Only the type is shown: messages may quote case data.
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Failed, [], $"unexpected error while rendering ({ex.GetType().Name})");
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

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
        ArgumentNullException.ThrowIfNull(generator);
        var caseName = Path.GetFileName(casePath);
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
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Failed, [], $"template error: {string.Join("; ", ex.Messages)}");
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
            return new DocumentOutcome(caseName, actualKind, OutcomeStatus.Failed, [], $"the PDF could not be written to '{outDir}' ({ex.GetType().Name})");
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

using System.Globalization;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Output;
using Spectre.Console;

namespace PreAuthKit.Sample.Batch;

/// <summary>The summary table of a batch: one row per case, then the totals.</summary>
internal static class BatchSummary
{
    /// <summary>True for a case that makes the batch fail: unreadable, or failed while rendering or writing.</summary>
    public static bool IsFailure(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status is OutcomeStatus.Unreadable or OutcomeStatus.Failed;
    }

    public static string StatusLabel(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Rendered => "rendered",
        OutcomeStatus.Blocked => "blocked",
        OutcomeStatus.Unreadable => "unreadable",
        _ => "failed",
    };

    public static void Write(IAnsiConsole console, IReadOnlyList<DocumentOutcome> outcomes, string outDir)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcomes);
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Batch summary") };
        table.AddColumns("Case", "Document", "Status", "Result");
        foreach (var outcome in outcomes)
        {
            table.AddRow(
                new Text(TerminalText.Safe(outcome.CaseName)),
                new Text(outcome.Kind.Name),
                new Text(StatusLabel(outcome.Status), StatusStyle(outcome.Status)),
                new Text(Result(outcome)));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcomes.Count} cases: {Count(outcomes, OutcomeStatus.Rendered)} rendered, {Count(outcomes, OutcomeStatus.Blocked)} blocked, "
            + $"{outcomes.Count(IsFailure)} failed"));
        if (outcomes.Any(o => o.Status == OutcomeStatus.Rendered))
        {
            console.WriteLine($"PDFs written to {TerminalText.Safe(Path.GetFullPath(outDir))}");
        }
    }

    private static string Result(DocumentOutcome outcome)
    {
        if (outcome.Status != OutcomeStatus.Rendered)
        {
            return TerminalText.Safe(outcome.RemovedStale is { } stale ? $"{outcome.Reason}; removed the stale {stale}" : outcome.Reason);
        }

        var document = outcome.Document!;
        var pages = document.PageCount == 1 ? "1 page" : string.Create(CultureInfo.InvariantCulture, $"{document.PageCount} pages");
        var warnings = outcome.Findings.Count switch
        {
            0 => "",
            1 => ", 1 warning",
            var n => string.Create(CultureInfo.InvariantCulture, $", {n} warnings"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{pages}, {document.Pdf.Length} bytes{warnings}");
    }

    private static int Count(IReadOnlyList<DocumentOutcome> outcomes, OutcomeStatus status) => outcomes.Count(o => o.Status == status);

    private static Style StatusStyle(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Rendered => new Style(Color.Green),
        OutcomeStatus.Blocked => new Style(Color.Yellow),
        _ => new Style(Color.Red),
    };
}

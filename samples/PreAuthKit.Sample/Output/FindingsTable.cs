using System.Globalization;
using Spectre.Console;

namespace PreAuthKit.Sample.Output;

/// <summary>The human-readable form of <c>validate</c>: one table per checklist section, then a verdict.</summary>
internal static class FindingsTable
{
    public static void Write(IAnsiConsole console, string caseName, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var section in report.BySection)
        {
            var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(section.Key.Title()) };
            table.AddColumns("Severity", "Code", "Path", "Message");
            foreach (var finding in section)
            {
                table.AddRow(
                    new Text(FindingText.Severity(finding.Severity), SeverityStyle(finding.Severity)),
                    new Text(finding.Code),
                    new Text(TerminalText.Safe(finding.Path)),
                    new Text(TerminalText.Safe(finding.Message)));
            }

            console.Write(table);
        }

        var errors = report.Errors.Count();
        var warnings = report.Warnings.Count();
        var verdict = errors > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{caseName}: blocked, {errors} error(s) and {warnings} warning(s). Fix the errors before rendering.")
            : warnings > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{caseName}: valid with {warnings} warning(s). A reviewer may question them.")
                : $"{caseName}: valid, no findings.";
        console.WriteLine(TerminalText.Safe(verdict));
    }

    private static Style SeverityStyle(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => new Style(Color.Red),
        FindingSeverity.Warning => new Style(Color.Yellow),
        _ => Style.Plain,
    };
}

using System.Globalization;
using System.Text.Json;
using PreAuthKit.CaseFiles;
using PreAuthKit.Validation;

namespace PreAuthKit.Sample;

/// <summary>
/// <c>validate &lt;case.json&gt; [--format table|json] [--strict]</c>: checks a case the way a payer's
/// reviewer would and lists every finding with its severity, code, path and message. Exit code 0
/// when the case is valid or has warnings only, 1 when it has blocking errors, 2 when the file
/// cannot be read or the command line is wrong.
/// </summary>
public static class ValidateCommand
{
    private static readonly JsonSerializerOptions JsonOutput = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Runs the command; <paramref name="clock"/> supplies "today" (the system clock when null).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string? casePath = null;
        var format = "table";
        var strict = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length && args[i + 1] is "table" or "json":
                    format = args[++i];
                    break;
                case "--strict":
                    strict = true;
                    break;
                case var arg when !arg.StartsWith("--", StringComparison.Ordinal) && casePath is null:
                    casePath = arg;
                    break;
                default:
                    await stderr.WriteLineAsync("Usage: validate <case.json> [--format table|json] [--strict]").ConfigureAwait(false);
                    return SampleApp.Unreadable;
            }
        }

        if (casePath is null)
        {
            await stderr.WriteLineAsync("Usage: validate <case.json> [--format table|json] [--strict]").ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        ValidationReport report;
        try
        {
            var caseFile = CaseFileReader.Load(casePath);
            var options = new PreAuthGeneratorOptions { TimeProvider = clock ?? TimeProvider.System };
            options.Validation.Strict = strict;
            report = new PreAuthGenerator(options).Validate(caseFile);
        }
        catch (CaseFileException ex)
        {
            report = new ValidationReport([ex.Finding]);
            await WriteAsync(report, format, stdout).ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        await WriteAsync(report, format, stdout).ConfigureAwait(false);
        return report.IsBlocking ? SampleApp.Blocked : SampleApp.Ok;
    }

    private static async Task WriteAsync(ValidationReport report, string format, TextWriter stdout)
    {
        var findings = report.BySection.SelectMany(g => g).ToList();
        if (format == "json")
        {
            var document = new
            {
                valid = !report.IsBlocking,
                errors = report.Errors.Count(),
                warnings = report.Warnings.Count(),
                findings = findings.Select(f => new { severity = Severity(f), code = f.Code, path = f.Path, section = f.Section, message = f.Message }),
            };
            await stdout.WriteLineAsync(JsonSerializer.Serialize(document, JsonOutput)).ConfigureAwait(false);
            return;
        }

        if (findings.Count > 0)
        {
            var codeWidth = Math.Max(4, findings.Max(f => f.Code.Length));
            var pathWidth = Math.Max(4, findings.Max(f => f.Path.Length));
            await stdout.WriteLineAsync($"{"SEVERITY",-8}  {"CODE".PadRight(codeWidth)}  {"PATH".PadRight(pathWidth)}  MESSAGE").ConfigureAwait(false);
            foreach (var f in findings)
            {
                await stdout.WriteLineAsync($"{Severity(f),-8}  {f.Code.PadRight(codeWidth)}  {f.Path.PadRight(pathWidth)}  {f.Message}").ConfigureAwait(false);
            }
        }

        var verdict = report.IsBlocking ? "blocking: fix the errors before rendering" : findings.Count == 0 ? "valid" : "valid with warnings";
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{report.Errors.Count()} error(s), {report.Warnings.Count()} warning(s): {verdict}")).ConfigureAwait(false);
    }

    private static string Severity(ValidationFinding finding) => finding.Severity.ToString().ToLowerInvariant();
}

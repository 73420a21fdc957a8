using System.CommandLine;
using System.Globalization;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Commands;

/// <summary><c>preauth|appeal &lt;case.json&gt; --out &lt;dir&gt; [--templates &lt;dir&gt;] [--strict] [--archival] [--fax]</c>.</summary>
internal static class DocumentCommand
{
    public static Command Create(HostContext host, DocumentKind kind)
    {
        var caseArgument = new Argument<string>("case.json") { Description = "The case file to render." };
        var outOption = CommonOptions.Out();
        var templates = CommonOptions.Templates();
        var strict = CommonOptions.Strict();
        var policies = CommonOptions.Policies();
        var archival = CommonOptions.Archival();
        var fax = CommonOptions.Fax();
        ArgumentNullException.ThrowIfNull(kind);
        var (name, description) = kind == DocumentKind.Appeal
            ? ("appeal", "Render the appeal letter for a case with an appeal section; print path, pages, size and SHA-256.")
            : ("preauth", "Render the pre-authorization request (letter of medical necessity); print path, pages, size and SHA-256.");
        var command = new Command(name, description + " Exit code 0 written, 1 blocking findings, 2 unreadable input.")
        {
            caseArgument,
            outOption,
            templates,
            strict,
            policies,
            archival,
            fax,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            host,
            kind,
            parse.GetRequiredValue(caseArgument),
            parse.GetValue(outOption) ?? "out",
            new GeneratorSettings(parse.GetValue(templates), parse.GetValue(strict), parse.GetValue(archival), parse.GetValue(fax), parse.GetValue(policies)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(HostContext host, DocumentKind kind, string casePath, string outDir, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        if (CommonOptions.Check(host, settings) is not { } ready)
        {
            return SampleApp.Unreadable;
        }

        settings = ready;
        if (GeneratorFactory.Create(host, settings) is not { } generator)
        {
            return SampleApp.Unreadable;
        }

        var outcome = await DocumentJob.RunAsync(generator, casePath, kind, outDir, cancellationToken).ConfigureAwait(false);
        if (outcome.RemovedStale is { } stale)
        {
            await host.Error.WriteLineAsync($"note: removed the earlier {stale} from the output folder: it was stale (this run wrote no PDF).").ConfigureAwait(false);
        }

        switch (outcome.Status)
        {
            case OutcomeStatus.Rendered:
                var document = outcome.Document!;
                await host.Out.WriteLineAsync(TerminalText.Safe(outcome.Path)).ConfigureAwait(false);
                await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"pages:  {document.PageCount}")).ConfigureAwait(false);
                await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"size:   {document.Pdf.Length} bytes")).ConfigureAwait(false);
                await host.Out.WriteLineAsync($"sha256: {document.Sha256}").ConfigureAwait(false);
                foreach (var warning in outcome.Findings)
                {
                    await host.Out.WriteLineAsync(FindingText.Line(warning)).ConfigureAwait(false);
                }

                return SampleApp.Ok;
            case OutcomeStatus.Blocked:
                await host.Error.WriteLineAsync("The case was not rendered because of these findings:").ConfigureAwait(false);
                foreach (var finding in outcome.Findings)
                {
                    await host.Error.WriteLineAsync(FindingText.Line(finding)).ConfigureAwait(false);
                }

                return SampleApp.Blocked;
            default:
                await host.Error.WriteLineAsync(TerminalText.Safe(outcome.Status == OutcomeStatus.Unreadable ? outcome.Reason : $"error: {outcome.Reason}")).ConfigureAwait(false);
                return SampleApp.Unreadable;
        }
    }
}

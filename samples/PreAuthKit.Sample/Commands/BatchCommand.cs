using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PreAuthKit.Sample.Batch;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Commands;

/// <summary><c>batch &lt;folder&gt; --out &lt;dir&gt; [--parallel N] [--templates &lt;dir&gt;] [--strict] [--archival] [--fax]</c>.</summary>
internal static class BatchCommand
{
    /// <summary>Upper bound of <c>--parallel</c>.</summary>
    public const int MaxParallel = 64;

    public static Command Create(HostContext host)
    {
        var folderArgument = new Argument<string>("folder") { Description = "Folder whose *.json case files are rendered (subfolders are not searched)." };
        var outOption = CommonOptions.Out();
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = "How many cases render at once.",
            HelpName = "N",
            DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, MaxParallel),
        };
        parallel.CustomParser = ParseParallel;
        var templates = CommonOptions.Templates();
        var strict = CommonOptions.Strict();
        var policies = CommonOptions.Policies();
        var archival = CommonOptions.Archival();
        var fax = CommonOptions.Fax();
        var command = new Command("batch", "Render every case in a folder in parallel: the appeal letter for cases with an appeal section, the pre-authorization request otherwise. Prints a summary (rendered, blocked with reason, failed). Exit code 0 unless a case failed or could not be read.")
        {
            folderArgument,
            outOption,
            parallel,
            templates,
            strict,
            policies,
            archival,
            fax,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            host,
            parse.GetRequiredValue(folderArgument),
            parse.GetValue(outOption) ?? "out",
            parse.GetValue(parallel),
            new GeneratorSettings(parse.GetValue(templates), parse.GetValue(strict), parse.GetValue(archival), parse.GetValue(fax), parse.GetValue(policies)),
            cancellationToken));
        return command;
    }

    private static int ParseParallel(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return Math.Min(Environment.ProcessorCount, MaxParallel);
        }

        var token = result.Tokens[0].Value;
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > MaxParallel)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"--parallel must be a whole number from 1 to {MaxParallel}, not '{token}'."));
            return 0;
        }

        return value;
    }

    private static async Task<int> RunAsync(HostContext host, string folder, string outDir, int parallel, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        if (CommonOptions.Check(host, settings) is not { } ready)
        {
            return SampleApp.Unreadable;
        }

        settings = ready;

        if (!Directory.Exists(folder))
        {
            await host.Error.WriteLineAsync($"error: the folder '{TerminalText.Safe(folder)}' was not found.").ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        var casePaths = Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        if (casePaths.Count == 0)
        {
            await host.Error.WriteLineAsync($"error: the folder '{TerminalText.Safe(folder)}' holds no case files (*.json).").ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        var console = ConsoleFactory.Create(host);
        if (GeneratorFactory.Create(host, settings) is not { } generator)
        {
            return SampleApp.Unreadable;
        }

        var outcomes = await BatchRunner.RunAsync(host, console, generator, casePaths, outDir, parallel, cancellationToken).ConfigureAwait(false);
        BatchSummary.Write(console, outcomes, outDir);
        return outcomes.Any(BatchSummary.IsFailure) ? SampleApp.Blocked : SampleApp.Ok;
    }
}

using System.Globalization;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Output;
using Spectre.Console;

namespace PreAuthKit.Sample.Batch;

/// <summary>
/// Renders many cases in parallel. On a terminal it shows a progress bar; when output is
/// redirected it prints one plain line per finished case instead (no control characters).
/// Outcomes come back in the order of <c>casePaths</c>, whatever order they finished in.
/// </summary>
internal static class BatchRunner
{
    public static async Task<IReadOnlyList<DocumentOutcome>> RunAsync(
        HostContext host,
        IAnsiConsole console,
        PreAuthGenerator generator,
        IReadOnlyList<string> casePaths,
        string outDir,
        int parallel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(casePaths);
        var outcomes = new DocumentOutcome[casePaths.Count];
        var gate = new Lock();
        var finished = 0;
        if (host.IsTerminal)
        {
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(string.Create(CultureInfo.InvariantCulture, $"Rendering {casePaths.Count} cases"), maxValue: casePaths.Count);
                    await RenderAllAsync(generator, casePaths, outDir, parallel, outcomes, _ =>
                    {
                        lock (gate)
                        {
                            task.Increment(1);
                        }
                    }, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            await RenderAllAsync(generator, casePaths, outDir, parallel, outcomes, outcome =>
            {
                lock (gate)
                {
                    finished++;
                    host.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{finished}/{casePaths.Count}] {BatchSummary.StatusLabel(outcome.Status)}: {TerminalText.Safe(outcome.CaseName)}"));
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    private static Task RenderAllAsync(
        PreAuthGenerator generator,
        IReadOnlyList<string> casePaths,
        string outDir,
        int parallel,
        DocumentOutcome[] outcomes,
        Action<DocumentOutcome> onFinished,
        CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(Enumerable.Range(0, casePaths.Count), options, async (index, token) =>
        {
            var outcome = await DocumentJob.RunAsync(generator, casePaths[index], kind: null, outDir, token).ConfigureAwait(false);
            outcomes[index] = outcome;
            onFinished(outcome);
        });
    }
}

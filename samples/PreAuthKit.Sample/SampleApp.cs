using System.CommandLine;
using System.CommandLine.Help;
using PreAuthKit.Sample.Commands;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample;

/// <summary>
/// The sample host: what a clinic developer runs first and copies from. Commands:
/// <c>validate</c>, <c>preauth</c>, <c>appeal</c> and <c>batch</c>; each has <c>--help</c>.
/// </summary>
public static class SampleApp
{
    /// <summary>Exit code: success (valid, or warnings only).</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the case has blocking findings (for <c>batch</c>: a case failed).</summary>
    public const int Blocked = 1;

    /// <summary>Exit code: the input could not be read or the command line is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>
    /// Runs the host with command-line arguments, writing to the given streams. A progress bar is
    /// shown only when <paramref name="stdout"/> is the console and it is not redirected.
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var isTerminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        return RunAsync(args, new HostContext(stdout, stderr, isTerminal, TimeProvider.System));
    }

    /// <summary>Runs the host against an explicit context (tests pass a fixed clock and choose terminal or redirected).</summary>
    internal static async Task<int> RunAsync(string[] args, HostContext host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var parse = SampleCommandLine.Build(host).Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                await host.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await host.Error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return Unreadable;
        }

        var invocation = new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Last line of defence: never an unhandled exception (exit 134). Only the type: messages may quote case data.
            await host.Error.WriteLineAsync($"error PAK-HOST-001: unexpected error ({ex.GetType().Name}); nothing was written.").ConfigureAwait(false);
            return Unreadable;
        }
    }
}

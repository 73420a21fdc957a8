using Spectre.Console;

namespace PreAuthKit.Sample.Output;

/// <summary>
/// Creates the Spectre.Console console the commands draw tables and progress with. Redirected
/// output gets no ANSI escape sequences, no colours and a fixed width, so a log file holds plain text.
/// </summary>
internal static class ConsoleFactory
{
    /// <summary>Width of tables when output is redirected (no terminal to ask).</summary>
    public const int RedirectedWidth = 120;

    public static IAnsiConsole Create(HostContext host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = host.IsTerminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = host.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = host.IsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(host.Out),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        if (!host.IsTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}

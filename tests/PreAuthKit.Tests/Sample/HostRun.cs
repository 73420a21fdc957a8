using PreAuthKit.Sample;
using PreAuthKit.Sample.Output;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

/// <summary>Runs the sample host in process with the tests' fixed clock and captures its output.</summary>
internal sealed record HostRun(int Exit, string Out, string Error)
{
    public static async Task<HostRun> RunAsync(bool isTerminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, new HostContext(stdout, stderr, isTerminal, TestCases.Clock));
        return new HostRun(exit, stdout.ToString(), stderr.ToString());
    }

    public static Task<HostRun> RunAsync(params string[] args) => RunAsync(isTerminal: false, args);
}

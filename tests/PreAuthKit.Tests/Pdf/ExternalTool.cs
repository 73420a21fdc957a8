using System.Diagnostics;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// Runs an independent PDF reader (qpdf, mutool, gs, pdftotext, ocrmypdf, python3 with pypdf/pdfminer, node).
/// A missing tool fails the test: CI installs every one (<c>.ci/run</c>), so a skip would hide a broken check.
/// </summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Output => Stdout + Stderr;
    }

    public static Result Run(string tool, params string[] arguments) => RunIn(null, tool, arguments);

    public static Result RunIn(string? workingDirectory, string tool, params string[] arguments)
    {
        var path = Find(tool);
        Assert.That(path, Is.Not.Null, $"'{tool}' is not installed; .ci/run installs it (see docs/pdf.md)");
        var start = new ProcessStartInfo(path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{tool}' did not finish within 5 minutes");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The Debian python (its python3-pypdf and python3-pdfminer), not a pyenv one on PATH.</summary>
    public const string Python = "/usr/bin/python3";

    private static string? Find(string tool)
    {
        if (Path.IsPathRooted(tool))
        {
            return File.Exists(tool) ? tool : null;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

using System.Diagnostics;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// Runs the Debian tools that make real-world PDFs at test time (ghostscript, qpdf, mupdf-tools,
/// tesseract-ocr, ocrmypdf, imagemagick, poppler-utils; .ci/run installs them). A missing tool
/// fails the test: the corpus is part of the proof, not optional.
/// </summary>
internal static class ExternalTools
{
    /// <summary>Runs a tool; returns its exit code, standard output and error. Fails the test on a timeout (a hang).</summary>
    public static (int ExitCode, string Output, string Error) Run(string tool, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(tool);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"'{tool}' is not installed; the packet tests need the Debian packages listed in docs/packet.md.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"'{tool}' did not finish.");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Runs a tool that must succeed.</summary>
    public static void Make(string tool, string workingDirectory, params string[] arguments)
    {
        var (exit, _, error) = Run(tool, workingDirectory, arguments);
        Assert.That(exit, Is.Zero, $"{tool} {string.Join(' ', arguments)}: {error}");
    }

    /// <summary>The text <c>pdftotext</c> (Poppler) extracts from a page range, whitespace-normalised into words.</summary>
    public static string[] Words(string pdf, int firstPage, int lastPage)
    {
        var (exit, output, error) = Run("pdftotext", Path.GetDirectoryName(pdf)!, "-f", firstPage.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", lastPage.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-");
        Assert.That(exit, Is.Zero, error);
        return output.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries);
    }
}

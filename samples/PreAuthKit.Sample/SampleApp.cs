using System.Globalization;
using PreAuthKit.CaseFiles;
using PreAuthKit.Templating;
using PreAuthKit.Validation;

namespace PreAuthKit.Sample;

/// <summary>
/// The sample host: what a clinic developer copies from. <c>preauth &lt;case.json&gt; --out &lt;dir&gt;</c>
/// writes the pre-authorization PDF and prints its path, page count and SHA-256.
/// </summary>
public static class SampleApp
{
    /// <summary>Exit code: success (valid, or warnings only).</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the case has blocking findings.</summary>
    public const int Blocked = 1;

    /// <summary>Exit code: the input could not be read or the command line is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>Runs the host with command-line arguments, writing to the given streams.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length >= 1 && args[0] == "validate")
        {
            return await ValidateCommand.RunAsync(args[1..], stdout, stderr).ConfigureAwait(false);
        }

        if (args.Length < 2 || args[0] != "preauth")
        {
            await stderr.WriteLineAsync("Usage: preauth <case.json> --out <dir>  |  validate <case.json> [--format table|json] [--strict]").ConfigureAwait(false);
            return Unreadable;
        }

        var casePath = args[1];
        var outDir = "out";
        for (var i = 2; i < args.Length - 1; i++)
        {
            if (args[i] == "--out")
            {
                outDir = args[i + 1];
            }
        }

        try
        {
            var caseFile = CaseFileReader.Load(casePath);
            var generator = new PreAuthGenerator();
            var document = await generator.RenderPreAuthorizationAsync(caseFile).ConfigureAwait(false);
            var name = Path.GetFileNameWithoutExtension(casePath) + ".preauth.pdf";
            var path = await WriteAtomicallyAsync(outDir, name, document).ConfigureAwait(false);
            await stdout.WriteLineAsync(path).ConfigureAwait(false);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"pages:  {document.PageCount}")).ConfigureAwait(false);
            await stdout.WriteLineAsync($"sha256: {document.Sha256}").ConfigureAwait(false);
            foreach (var warning in document.Report.Warnings)
            {
                await stdout.WriteLineAsync($"warning {warning.Code} at {warning.Path}: {warning.Message}").ConfigureAwait(false);
            }

            return Ok;
        }
        catch (CaseFileException ex)
        {
            await stderr.WriteLineAsync($"error {ex.Finding.Code} at {ex.Finding.Path}: {ex.Finding.Message}").ConfigureAwait(false);
            return Unreadable;
        }
        catch (CaseValidationException ex)
        {
            await stderr.WriteLineAsync("The case was not rendered because of these findings:").ConfigureAwait(false);
            foreach (var finding in ex.Report.Errors)
            {
                await stderr.WriteLineAsync($"error {finding.Code} at {finding.Path}: {finding.Message}").ConfigureAwait(false);
            }

            return Blocked;
        }
        catch (TemplateRenderException ex)
        {
            await stderr.WriteLineAsync($"template error: {string.Join("; ", ex.Messages)}").ConfigureAwait(false);
            return Unreadable;
        }
    }

    /// <summary>Writes to a temporary file in the output folder, then renames it: nothing partial is left on failure.</summary>
    private static async Task<string> WriteAtomicallyAsync(string outDir, string fileName, RenderedDocument document)
    {
        Directory.CreateDirectory(outDir);
        var finalPath = Path.GetFullPath(Path.Combine(outDir, fileName));
        var tempPath = finalPath + ".tmp";
        try
        {
            await using (var stream = new FileStream(tempPath, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                await document.WriteToAsync(stream).ConfigureAwait(false);
            }

            File.Move(tempPath, finalPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }

        return finalPath;
    }
}

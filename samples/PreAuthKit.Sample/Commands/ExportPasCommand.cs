using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PreAuthKit.Fhir;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Output;
using PreAuthKit.Templating;

namespace PreAuthKit.Sample.Commands;

/// <summary><c>export-pas &lt;case.json&gt; --out &lt;dir&gt;</c>: the Da Vinci PAS 2.2.1 request bundle with the rendered letter (docs/fhir.md).</summary>
internal static class ExportPasCommand
{
    public static Command Create(HostContext host)
    {
        var caseArgument = new Argument<string>("case.json") { Description = "The case file to export." };
        var outOption = CommonOptions.Out();
        var noPhotos = new Option<bool>("--no-photos") { Description = "Describe the photos without embedding them." };
        var templates = CommonOptions.Templates();
        var strict = CommonOptions.Strict();
        var command = new Command("export-pas", "Validate the case, render its letter of medical necessity and write <case>.pas.json: a Da Vinci PAS 2.2.1 prior-authorization request bundle with the letter (and photos) inline. Exit code 0 written, 1 blocking findings or an appeal, 2 unreadable input.")
        {
            caseArgument,
            outOption,
            noPhotos,
            templates,
            strict,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            host,
            parse.GetRequiredValue(caseArgument),
            parse.GetValue(outOption) ?? "out",
            !parse.GetValue(noPhotos),
            new GeneratorSettings(parse.GetValue(templates), parse.GetValue(strict)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(HostContext host, string casePath, string outDir, bool photos, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        if (CommonOptions.Check(host, settings) is not { } checkedSettings)
        {
            return SampleApp.Unreadable;
        }

        settings = checkedSettings;

        if (!CaseInput.TryLoad(casePath, out var input, out var problem))
        {
            await host.Error.WriteLineAsync(FindingText.Line(problem)).ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        if (input.Case.Appeal is not null)
        {
            await host.Error.WriteLineAsync($"error {FhirFindingCodes.ExportAppeal} at appeal: This is an appeal. Da Vinci PAS 2.2.1 carries prior-authorization requests only; send the appeal letter to the payer's appeals address instead.").ConfigureAwait(false);
            return SampleApp.Blocked;
        }

        if (GeneratorFactory.Create(host, settings) is not { } generator)
        {
            return SampleApp.Unreadable;
        }

        RenderResult rendered;
        try
        {
            rendered = generator.Render(input, DocumentKind.PreAuthorization, cancellationToken);
        }
        catch (TemplateRenderException ex)
        {
            // A template override that parses (GeneratorFactory checked) but fails while rendering: a configuration error.
            await host.Error.WriteLineAsync(TerminalText.Safe($"error: PAK-HOST-003: template error: {string.Join("; ", ex.Messages)}")).ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        if (rendered.Document is not { } letter)
        {
            await host.Error.WriteLineAsync("The case was not exported because of these findings:").ConfigureAwait(false);
            foreach (var finding in rendered.Report.Errors)
            {
                await host.Error.WriteLineAsync(FindingText.Line(finding)).ConfigureAwait(false);
            }

            return SampleApp.Blocked;
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(casePath))!;
        var result = new PasExporter(new PasExportOptions { IncludePhotos = photos }).Export(input.Case, letter.Pdf, Documents(input.Case, baseDirectory));
        if (result.Json is null)
        {
            foreach (var f in result.Findings)
            {
                await host.Error.WriteLineAsync($"error {f.Code} at {f.Path}: {f.Message}").ConfigureAwait(false);
            }

            return SampleApp.Blocked;
        }

        var bytes = Encoding.UTF8.GetBytes(result.Json);
        var target = Path.GetFullPath(Path.Combine(outDir, Path.GetFileNameWithoutExtension(casePath) + ".pas.json"));
        try
        {
            Directory.CreateDirectory(outDir);
            await File.WriteAllBytesAsync(target + ".tmp", bytes, cancellationToken).ConfigureAwait(false);
            File.Move(target + ".tmp", target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(target + ".tmp"))
            {
                File.Delete(target + ".tmp");
            }

            await host.Error.WriteLineAsync($"error: the bundle could not be written to '{outDir}' ({ex.GetType().Name})").ConfigureAwait(false);
            return SampleApp.Unreadable;
        }

        await host.Out.WriteLineAsync(target).ConfigureAwait(false);
        await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"size:   {bytes.Length} bytes")).ConfigureAwait(false);
        await host.Out.WriteLineAsync($"sha256: {Convert.ToHexStringLower(SHA256.HashData(bytes))}").ConfigureAwait(false);
        foreach (var f in result.Findings)
        {
            await host.Out.WriteLineAsync($"info {f.Code} at {f.Path}: {f.Message}").ConfigureAwait(false);
        }

        return SampleApp.Ok;
    }

    /// <summary>The content of the case's photos and attachments, read from the case folder (validation has confined their paths to it).</summary>
    private static List<FhirDocument> Documents(PreAuthKit.Model.PreAuthCase @case, string baseDirectory)
    {
        var list = new List<FhirDocument>();
        for (var i = 0; i < @case.Photos.Count; i++)
        {
            var path = Path.Combine(baseDirectory, @case.Photos[i].Path);
            if (File.Exists(path))
            {
                list.Add(new FhirDocument(FhirDocumentKind.Photo, i, ContentType(path), File.ReadAllBytes(path), ""));
            }
        }

        for (var i = 0; i < @case.Attachments.Count; i++)
        {
            if (@case.Attachments[i].Path is { Length: > 0 } relative && Path.Combine(baseDirectory, relative) is var path && File.Exists(path))
            {
                list.Add(new FhirDocument(FhirDocumentKind.Attachment, i, ContentType(path), File.ReadAllBytes(path), ""));
            }
        }

        return list;
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".pdf" => "application/pdf",
        ".tif" or ".tiff" => "image/tiff",
        ".txt" => "text/plain",
        _ => "application/octet-stream",
    };
}

using System.CommandLine;
using PreAuthKit.CaseFiles;
using PreAuthKit.Sample.Fhir;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Commands;

/// <summary><c>import-fhir &lt;bundle.json&gt; --out &lt;case.json&gt;</c>: a FHIR R4 Bundle to a case file (docs/fhir.md).</summary>
internal static class ImportFhirCommand
{
    public static Command Create(HostContext host)
    {
        var bundle = new Argument<string>("bundle.json") { Description = "The FHIR R4 Bundle (JSON): collection, transaction or a Da Vinci PAS request bundle." };
        var output = new Option<string>("--out", "-o") { Description = "The case file to write.", Required = true };
        var command = new Command("import-fhir", "Import a FHIR R4 Bundle into a case file; inline photos and enclosures are stored in a folder beside it. Every element that cannot be mapped is listed with its FHIR path. Nothing is fetched over the network. Exit code 0 written, 1 no case in the bundle, 2 unreadable input.")
        {
            bundle,
            output,
        };
        command.SetAction((parse, _) => Task.FromResult(Run(host, parse.GetRequiredValue(bundle), parse.GetRequiredValue(output))));
        return command;
    }

    private static int Run(HostContext host, string bundlePath, string outPath)
    {
        if (!File.Exists(bundlePath))
        {
            host.Error.WriteLine($"error PAK-FHIR-001 at $: The bundle file '{Path.GetFileName(bundlePath)}' was not found.");
            return SampleApp.Unreadable;
        }

        var result = FhirBundleFile.Import(bundlePath);
        foreach (var f in result.Findings)
        {
            (f.Severity == PreAuthKit.Fhir.FhirFindingSeverity.Error ? host.Error : host.Out).WriteLine(FhirBundleFile.Line(f));
        }

        if (result.Case is null)
        {
            return FhirBundleFile.ExitFor(result);
        }

        var target = Path.GetFullPath(outPath);
        var dir = Path.GetDirectoryName(target)!;
        try
        {
            Directory.CreateDirectory(dir);
            var @case = FhirBundleFile.Store(result.Case, result.Documents, dir, Path.GetFileNameWithoutExtension(target) + ".files");
            File.WriteAllText(target + ".tmp", CaseFileReader.Serialize(@case) + "\n");
            File.Move(target + ".tmp", target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(target + ".tmp"))
            {
                File.Delete(target + ".tmp");
            }

            host.Error.WriteLine($"error: the case could not be written to '{Path.GetFileName(target)}' ({ex.GetType().Name})");
            return SampleApp.Unreadable;
        }

        host.Out.WriteLine(target);
        host.Out.WriteLine($"findings: {result.Findings.Count}; documents: {result.Documents.Count}");
        return SampleApp.Ok;
    }
}

using System.CommandLine;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Fhir;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Commands;

/// <summary><c>validate &lt;case.json&gt; [--format table|json] [--strict] [--policies &lt;dir&gt;]</c>; with packs, the criteria evaluation comes first.</summary>
internal static class ValidateCommand
{
    public static Command Create(HostContext host)
    {
        var caseArgument = new Argument<string>("case.json") { Description = "The case file to check." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "table for people, json for machines.",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong("table", "json");
        var strict = CommonOptions.Strict();
        var policies = CommonOptions.Policies();
        var command = new Command("validate", "Check a case the way a payer's reviewer would; list findings by checklist section. Exit code 0 valid or warnings only, 1 blocking errors, 2 unreadable input.")
        {
            caseArgument,
            format,
            strict,
            policies,
        };
        command.SetAction((parse, _) => Task.FromResult(Run(
            host,
            parse.GetRequiredValue(caseArgument),
            parse.GetValue(format) == "json",
            new GeneratorSettings(null, parse.GetValue(strict), PoliciesFolder: parse.GetValue(policies)))));
        return command;
    }

    private static int Run(HostContext host, string casePath, bool json, GeneratorSettings settings)
    {
        if (CommonOptions.Check(host, settings) is not { } ready)
        {
            return SampleApp.Unreadable;
        }

        settings = ready;

        var caseName = TerminalText.Safe(Path.GetFileName(casePath));
        if (File.Exists(casePath) && FhirBundleFile.IsBundle(casePath))
        {
            return ValidateBundle(host, casePath, json, settings);
        }

        if (!CaseInput.TryLoad(casePath, out var input, out var problem))
        {
            if (json)
            {
                host.Out.WriteLine(FindingsJson.Write(caseName, "unreadable", [problem]));
            }
            else
            {
                host.Error.WriteLine(FindingText.Line(problem));
            }

            return SampleApp.Unreadable;
        }

        if (GeneratorFactory.Create(host, settings) is not { } generator)
        {
            return SampleApp.Unreadable;
        }

        var assessment = generator.Assess(input);
        var report = assessment.Report;
        var policy = assessment.Policy;
        var status = report.IsBlocking ? "blocked" : report.Findings.Count == 0 ? "valid" : "warnings";
        if (json)
        {
            host.Out.WriteLine(FindingsJson.Write(caseName, status, report.Findings, policy));
        }
        else
        {
            var console = ConsoleFactory.Create(host);
            PolicyTable.Write(console, policy);
            FindingsTable.Write(console, caseName, report);
        }

        return report.IsBlocking ? SampleApp.Blocked : SampleApp.Ok;
    }

    /// <summary>
    /// A FHIR Bundle is imported first (docs/fhir.md) and the case validated like a case file; the import findings are
    /// listed with it. Inline photos and enclosures are checked from memory (<see cref="PreAuthKit.Fhir.FhirImportResult.ToCaseInput"/>: byte sources):
    /// nothing is written to disk.
    /// </summary>
    private static int ValidateBundle(HostContext host, string bundlePath, bool json, GeneratorSettings settings)
    {
        var caseName = TerminalText.Safe(Path.GetFileName(bundlePath));
        var import = FhirBundleFile.Import(bundlePath);
        var importFindings = import.Findings.Select(FhirBundleFile.AsCaseFinding).ToList();
        if (import.Case is null)
        {
            if (json)
            {
                host.Out.WriteLine(FindingsJson.Write(caseName, "unreadable", importFindings));
            }
            else
            {
                foreach (var f in import.Findings)
                {
                    host.Error.WriteLine(FhirBundleFile.Line(f));
                }
            }

            return FhirBundleFile.ExitFor(import);
        }

        if (GeneratorFactory.Create(host, settings) is not { } generator)
        {
            return SampleApp.Unreadable;
        }

        var report = generator.Validate(import.ToCaseInput()!);
        var all = new ValidationReport([.. importFindings, .. report.Findings]);
        var status = all.IsBlocking ? "blocked" : all.Findings.Count == 0 ? "valid" : "warnings";
        if (json)
        {
            host.Out.WriteLine(FindingsJson.Write(caseName, status, all.Findings));
        }
        else
        {
            FindingsTable.Write(ConsoleFactory.Create(host), caseName, all);
        }

        return all.IsBlocking ? SampleApp.Blocked : SampleApp.Ok;
    }
}

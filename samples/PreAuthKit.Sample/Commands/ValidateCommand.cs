using System.CommandLine;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Commands;

/// <summary><c>validate &lt;case.json&gt; [--format table|json] [--strict]</c>.</summary>
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
        var command = new Command("validate", "Check a case the way a payer's reviewer would; list findings by checklist section. Exit code 0 valid or warnings only, 1 blocking errors, 2 unreadable input.")
        {
            caseArgument,
            format,
            strict,
        };
        command.SetAction((parse, _) => Task.FromResult(Run(
            host,
            parse.GetRequiredValue(caseArgument),
            parse.GetValue(format) == "json",
            new GeneratorSettings(null, parse.GetValue(strict)))));
        return command;
    }

    private static int Run(HostContext host, string casePath, bool json, GeneratorSettings settings)
    {
        if (!CommonOptions.Check(host, settings))
        {
            return SampleApp.Unreadable;
        }

        var caseName = TerminalText.Safe(Path.GetFileName(casePath));
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

        var report = generator.Validate(input);
        var status = report.IsBlocking ? "blocked" : report.Findings.Count == 0 ? "valid" : "warnings";
        if (json)
        {
            host.Out.WriteLine(FindingsJson.Write(caseName, status, report.Findings));
        }
        else
        {
            FindingsTable.Write(ConsoleFactory.Create(host), caseName, report);
        }

        return report.IsBlocking ? SampleApp.Blocked : SampleApp.Ok;
    }
}

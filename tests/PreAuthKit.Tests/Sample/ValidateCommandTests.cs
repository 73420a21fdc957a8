using System.Text.Json;
using PreAuthKit.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

public class ValidateCommandTests
{
    private string _workDir = "";

    [SetUp]
    public void CreateWorkFolder() => _workDir = Directory.CreateTempSubdirectory("pak-validate-").FullName;

    [TearDown]
    public void DeleteWorkFolder() => Directory.Delete(_workDir, recursive: true);

    private static IEnumerable<string> SampleCaseNames()
        => Directory.GetFiles(RepoPaths.SampleCases, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [Test]
    public async Task Valid_case_exits_0_and_says_so()
    {
        var run = await HostRun.RunAsync("validate", RepoPaths.SampleCase("burn-scar-forearm.json"));

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Error);
        Assert.That(run.Out, Does.Contain("burn-scar-forearm.json: valid"));
    }

    [TestCaseSource(nameof(SampleCaseNames))]
    public async Task Every_sample_case_is_readable_and_its_json_report_parses(string caseName)
    {
        var run = await HostRun.RunAsync("validate", RepoPaths.SampleCase(caseName), "--format", "json");

        Assert.That(run.Exit, Is.Not.EqualTo(SampleApp.Unreadable), run.Error + run.Out);
        using var json = JsonDocument.Parse(run.Out);
        Assert.That(json.RootElement.GetProperty("case").GetString(), Is.EqualTo(caseName));
        var errors = json.RootElement.GetProperty("errors").GetInt32();
        Assert.That(run.Exit, Is.EqualTo(errors > 0 ? SampleApp.Blocked : SampleApp.Ok));
    }

    [Test]
    public async Task Blocking_findings_exit_1_grouped_by_section_in_a_table_without_escape_codes()
    {
        var casePath = await WriteCaseWithBadNpiAsync();

        var run = await HostRun.RunAsync("validate", casePath);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(run.Out, Does.Contain("Providers").And.Contain("PAK-NPI-002").And.Contain("requestingProvider.npi").And.Contain("error"));
        Assert.That(run.Out, Does.Contain("blocked, 1 error(s)"));
        Assert.That(run.Out, Does.Not.Contain("\u001b"));
    }

    [Test]
    public async Task Json_format_lists_blocking_findings_by_section()
    {
        var casePath = await WriteCaseWithBadNpiAsync();

        var run = await HostRun.RunAsync("validate", casePath, "--format", "json");

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Blocked));
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("blocked"));
        Assert.That(root.GetProperty("errors").GetInt32(), Is.EqualTo(1));
        var section = root.GetProperty("sections").EnumerateArray().Single();
        Assert.That(section.GetProperty("section").GetString(), Is.EqualTo("Providers"));
        var finding = section.GetProperty("findings").EnumerateArray().Single();
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(finding.GetProperty("code").GetString(), Is.EqualTo("PAK-NPI-002"));
        Assert.That(finding.GetProperty("path").GetString(), Is.EqualTo("requestingProvider.npi"));
    }

    [Test]
    public async Task Missing_file_exits_2_and_json_format_still_parses()
    {
        var run = await HostRun.RunAsync("validate", Path.Combine(_workDir, "missing.json"), "--format", "json");

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        using var json = JsonDocument.Parse(run.Out);
        Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("unreadable"));
        var finding = json.RootElement.GetProperty("sections")[0].GetProperty("findings")[0];
        Assert.That(finding.GetProperty("code").GetString(), Is.EqualTo("PAK-FILE-001"));
    }

    [Test]
    public async Task Malformed_json_exits_2_with_the_line()
    {
        var casePath = Path.Combine(_workDir, "broken.json");
        await File.WriteAllTextAsync(casePath, "{\n  \"patient\": {\n    \"firstName\": \"A\",,\n  }\n}");

        var run = await HostRun.RunAsync("validate", casePath);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(run.Error, Does.Contain("PAK-FILE-004").And.Contain("line 3"));
    }

    [TestCase("--format", "xml")]
    [TestCase("--no-such-option")]
    public async Task Wrong_command_line_exits_2(params string[] extra)
    {
        var run = await HostRun.RunAsync(["validate", RepoPaths.SampleCase("burn-scar-forearm.json"), .. extra]);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(run.Error, Does.Contain("error:"));
        Assert.That(run.Out, Is.Empty);
    }

    [TestCase("validate")]
    [TestCase("preauth")]
    [TestCase("appeal")]
    [TestCase("batch")]
    public async Task Every_command_has_help(string command)
    {
        var run = await HostRun.RunAsync(command, "--help");

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Error);
        Assert.That(run.Out, Does.Contain("Usage:").And.Contain(command));
    }

    [Test]
    public async Task No_command_exits_2()
    {
        var run = await HostRun.RunAsync();

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(run.Error, Does.Contain("--help"));
    }

    private Task<string> WriteCaseWithBadNpiAsync()
        => SampleCopies.CopyAsync("burn-scar-forearm.json", _workDir, "bad-npi.json", SampleCopies.BreakNpi);
}

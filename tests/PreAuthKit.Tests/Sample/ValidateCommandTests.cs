using System.Text.Json;
using PreAuthKit.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

/// <summary>The "done when": the sample host's validate command on broken copies of the sample case.</summary>
public class ValidateCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("pak-validate-").FullName;
        File.WriteAllText(Path.Combine(_dir, "notes.jpg"), "Visit notes, typed up. Not a photo.\n");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    public static IEnumerable<TestCaseData> DoneWhen()
    {
        static TestCaseData Case(string name, Func<string, string> edit, string code, string path)
            => new TestCaseData(edit, code, path).SetArgDisplayNames(name);

        const string Photo = "\"photos\": [ { \"path\": \"PATH\", \"takenOn\": \"2026-11-01\", \"bodySite\": \"left volar forearm\", \"consentOnFile\": true } ]";
        yield return Case("invalid NPI check digit", j => j.Replace("\"npi\": \"1234567893\"", "\"npi\": \"1234567890\"", StringComparison.Ordinal), "PAK-NPI-002", "requestingProvider.npi");
        yield return Case("T95.2", j => j.Replace("\"code\": \"L91.0\"", "\"code\": \"T95.2\"", StringComparison.Ordinal), "PAK-DX-004", "diagnoses[1].code");
        yield return Case("L90", j => j.Replace("\"code\": \"L90.5\"", "\"code\": \"L90\"", StringComparison.Ordinal), "PAK-DX-005", "diagnoses[0].code");
        yield return Case("1799", j => j.Replace("\"code\": \"17999\"", "\"code\": \"1799\"", StringComparison.Ordinal), "PAK-CPT-002", "procedures[0].code");
        yield return Case("17999 without description", j => j.Replace("\"description\": \"Unlisted procedure, skin:", "\"note\": \"", StringComparison.Ordinal), "PAK-CPT-003", "procedures[0].description");
        yield return Case("future date of birth", j => j.Replace("\"dateOfBirth\": \"1988-04-12\"", "\"dateOfBirth\": \"2027-04-12\"", StringComparison.Ordinal), "PAK-PAT-004", "patient.dateOfBirth");
        yield return Case("photo path ../../etc/passwd", j => j.Replace("\"photos\": []", Photo.Replace("PATH", "../../etc/passwd", StringComparison.Ordinal), StringComparison.Ordinal), "PAK-PHO-003", "photos[0].path");
        yield return Case("text file named .jpg", j => j.Replace("\"photos\": []", Photo.Replace("PATH", "notes.jpg", StringComparison.Ordinal), StringComparison.Ordinal), "PAK-PHO-006", "photos[0].path");
        yield return Case("denial more than 180 days before submission (commercial)",
            j => j.Replace("\"photos\": []", "\"photos\": [], \"appeal\": { \"level\": \"first-internal\", \"claimNumber\": \"CLM-0001\", \"denialDate\": \"2026-05-01\", \"denialCode\": \"CO-50\" }", StringComparison.Ordinal),
            "PAK-APL-007", "appeal.denialDate");
    }

    [TestCaseSource(nameof(DoneWhen))]
    public async Task Validate_reports_the_code_and_path_and_exits_1(Func<string, string> edit, string code, string path)
    {
        var casePath = await WriteCaseAsync(edit);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ValidateCommand.RunAsync([casePath], stdout, stderr, TestCases.Clock);

        Assert.That(exit, Is.EqualTo(SampleApp.Blocked), stdout.ToString());
        Assert.That(stdout.ToString().Split('\n'), Has.Some.Match($"^error +{code} +{System.Text.RegularExpressions.Regex.Escape(path)} "), stdout.ToString());
    }

    [Test]
    public async Task Json_format_lists_findings_with_code_path_and_severity()
    {
        var casePath = await WriteCaseAsync(j => j.Replace("\"code\": \"L90.5\"", "\"code\": \"L90\"", StringComparison.Ordinal));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ValidateCommand.RunAsync([casePath, "--format", "json"], stdout, stderr, TestCases.Clock);

        using var json = JsonDocument.Parse(stdout.ToString());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(json.RootElement.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(findings.Any(f => f.GetProperty("code").GetString() == "PAK-DX-005" && f.GetProperty("path").GetString() == "diagnoses[0].code"
            && f.GetProperty("severity").GetString() == "error" && f.GetProperty("section").GetString() == "Diagnoses"), Is.True, stdout.ToString());
    }

    [Test]
    public async Task Sample_case_exits_0_with_warnings_only()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["validate", RepoPaths.SampleCase("burn-scar-forearm.json")], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Ok), stdout.ToString());
        Assert.That(stdout.ToString(), Does.Contain("0 error(s)").And.Contain("PAK-PHO-001"));
    }

    [Test]
    public async Task Strict_mode_blocks_the_sample_without_photos()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ValidateCommand.RunAsync([RepoPaths.SampleCase("burn-scar-forearm.json"), "--strict"], stdout, stderr, TestCases.Clock);

        Assert.That(exit, Is.EqualTo(SampleApp.Blocked));
    }

    [TestCase("{ \"patient\": ", "PAK-FILE-004")]
    [TestCase("{ \"payer\": { \"planType\": \"gold\" } }", "PAK-FILE-005")]
    public async Task Unreadable_input_exits_2(string json, string code)
    {
        var casePath = Path.Combine(_dir, "bad.json");
        await File.WriteAllTextAsync(casePath, json);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ValidateCommand.RunAsync([casePath], stdout, stderr, TestCases.Clock);

        Assert.That(exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(stdout.ToString(), Does.Contain(code));
    }

    [TestCase]
    [TestCase("--format", "xml", "case.json")]
    public async Task Bad_command_line_exits_2(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ValidateCommand.RunAsync(args, stdout, stderr, TestCases.Clock);

        Assert.That(exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(stderr.ToString(), Does.Contain("Usage"));
    }

    private async Task<string> WriteCaseAsync(Func<string, string> edit)
    {
        var json = await File.ReadAllTextAsync(RepoPaths.SampleCase("burn-scar-forearm.json"));
        var edited = edit(json);
        Assert.That(edited, Is.Not.EqualTo(json), "the edit did not apply");
        var casePath = Path.Combine(_dir, "case.json");
        await File.WriteAllTextAsync(casePath, edited);
        return casePath;
    }
}

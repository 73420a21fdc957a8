using System.Text.Json;
using System.Text.RegularExpressions;
using PreAuthKit.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

/// <summary>Issue 3's "done when": the sample host's validate command on broken copies of the sample case.</summary>
public partial class ValidateDoneWhenTests
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
        yield return Case("photo path ../../etc/passwd", j => ReplacePhotos(j, Photo.Replace("PATH", "../../etc/passwd", StringComparison.Ordinal)), "PAK-PHO-003", "photos[0].path");
        yield return Case("text file named .jpg", j => ReplacePhotos(j, Photo.Replace("PATH", "notes.jpg", StringComparison.Ordinal)), "PAK-PHO-010", "photos[0].path");
        yield return Case("denial more than 180 days before submission (commercial)",
            j => ReplacePhotos(j, "\"photos\": [], \"appeal\": { \"level\": \"first-internal\", \"claimNumber\": \"CLM-0001\", \"denialDate\": \"2026-05-01\", \"denialCode\": \"CO-50\" }"),
            "PAK-APL-007", "appeal.denialDate");
    }

    [TestCaseSource(nameof(DoneWhen))]
    public async Task Validate_reports_the_code_and_path_and_exits_1(Func<string, string> edit, string code, string path)
    {
        var casePath = await WriteCaseAsync(edit);

        var table = await HostRun.RunAsync("validate", casePath);
        var json = await HostRun.RunAsync("validate", casePath, "--format", "json");

        Assert.That(table.Exit, Is.EqualTo(SampleApp.Blocked), table.Out);
        Assert.That(table.Out, Does.Contain(code).And.Contain(path));
        using var report = JsonDocument.Parse(json.Out);
        var findings = report.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("findings").EnumerateArray());
        Assert.That(findings.Any(f => f.GetProperty("code").GetString() == code && f.GetProperty("path").GetString() == path
            && f.GetProperty("severity").GetString() == "error"), Is.True, json.Out);
    }

    [Test]
    public async Task Strict_mode_blocks_a_case_with_missing_checklist_items()
    {
        var casePath = await WriteCaseAsync(j => ReplacePhotos(j, "\"photos\": []"));

        var lenient = await HostRun.RunAsync("validate", casePath);
        var strict = await HostRun.RunAsync("validate", casePath, "--strict");

        Assert.That(lenient.Exit, Is.EqualTo(SampleApp.Ok), lenient.Out);
        Assert.That(strict.Exit, Is.EqualTo(SampleApp.Blocked), strict.Out);
    }

    private static string ReplacePhotos(string json, string replacement) => PhotosArray().Replace(json, replacement, 1);

    private async Task<string> WriteCaseAsync(Func<string, string> edit)
    {
        var json = await File.ReadAllTextAsync(RepoPaths.SampleCase("burn-scar-forearm.json"));
        var edited = edit(json);
        Assert.That(edited, Is.Not.EqualTo(json), "the edit did not apply");
        var casePath = Path.Combine(_dir, "case.json");
        await File.WriteAllTextAsync(casePath, edited);

        // The case's attachment files (validate reads them) sit beside it, as in samples/cases.
        var attachments = Directory.CreateDirectory(Path.Combine(_dir, "attachments")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SampleCases, "attachments")))
        {
            File.Copy(file, Path.Combine(attachments, Path.GetFileName(file)), overwrite: true);
        }

        return casePath;
    }

    [GeneratedRegex(@"""photos"":\s*\[.*?\n  \]", RegexOptions.Singleline)]
    private static partial Regex PhotosArray();
}

using System.Text.Json;
using PreAuthKit.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

/// <summary>Issue 7: every bundled sample case ends the way <c>samples/README.md</c> says.</summary>
public class SampleCasesBatchTests
{
    private static readonly string[] IncompleteChecklistCodes =
        ["PAK-HIS-002", "PAK-ASM-003", "PAK-TPL-001", "PAK-TPL-002", "PAK-TPL-003", "PAK-TPL-004", "PAK-PHO-001"];

    private string _outDir = "";

    [SetUp]
    public void CreateOutputFolder() => _outDir = Directory.CreateTempSubdirectory("pak-samples-").FullName;

    [TearDown]
    public void DeleteOutputFolder() => Directory.Delete(_outDir, recursive: true);

    [Test]
    public async Task Batch_renders_every_sample_except_the_late_appeal_which_is_blocked_for_its_deadline()
    {
        var run = await HostRun.RunAsync("batch", RepoPaths.SampleCases, "--out", _outDir);

        var cases = Directory.GetFiles(RepoPaths.SampleCases, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        var pdfs = Directory.GetFiles(_outDir, "*.pdf").Select(Path.GetFileName).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Out + run.Error);
            foreach (var name in cases.Where(c => c != "late-appeal"))
            {
                Assert.That(pdfs, Has.One.StartsWith(name + "."), $"{name} renders");
            }

            Assert.That(pdfs, Has.None.StartsWith("late-appeal."), "the late appeal is not rendered");
            Assert.That(run.Out, Does.Contain("blocked: late-appeal.json"));
            Assert.That(run.Out, Does.Contain("PAK-APL-007"), "the summary gives the reason");
            Assert.That(run.Out, Does.Contain($"{cases.Count} cases: {cases.Count - 1} rendered, 1 blocked, 0 failed"));
        });
    }

    [TestCase("burn-scar-forearm.json")]
    [TestCase("surgical-scar-reconstruction.json")]
    [TestCase("appeal-co50-medical-necessity.json")]
    [TestCase("appeal-co197-no-authorization.json")]
    [TestCase("external-review-request.json")]
    public async Task Valid_samples_have_dated_photos_so_no_missing_photo_warning(string caseName)
    {
        var findings = await ValidateAsync(caseName);

        Assert.That(findings.Select(f => f.Code), Has.None.EqualTo("PAK-PHO-001"));
        Assert.That(findings.Where(f => f.Severity == "error"), Is.Empty);
    }

    [Test]
    public async Task Late_appeal_is_blocked_with_the_deadline_code()
    {
        var findings = await ValidateAsync("late-appeal.json");

        Assert.That(findings.Where(f => f.Severity == "error").Select(f => (f.Code, f.Path)), Is.EqualTo(new[] { ("PAK-APL-007", "appeal.denialDate") }));
    }

    [Test]
    public async Task Incomplete_documentation_warns_for_each_missing_item_and_is_blocked_under_strict()
    {
        var lenient = await ValidateAsync("incomplete-documentation.json");
        var strictValidate = await HostRun.RunAsync("validate", RepoPaths.SampleCase("incomplete-documentation.json"), "--format", "json", "--strict");
        var strictRender = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("incomplete-documentation.json"), "--out", _outDir, "--strict");

        Assert.Multiple(() =>
        {
            Assert.That(lenient.Where(f => f.Severity == "warning").Select(f => f.Code), Is.SupersetOf(IncompleteChecklistCodes));
            Assert.That(lenient.Where(f => f.Severity == "error"), Is.Empty);
            Assert.That(strictValidate.Exit, Is.EqualTo(SampleApp.Blocked), strictValidate.Out);
            Assert.That(Findings(strictValidate.Out).Where(f => f.Severity == "error").Select(f => f.Code), Is.SupersetOf(IncompleteChecklistCodes.Where(c => c != "PAK-PHO-001")));
            Assert.That(strictRender.Exit, Is.EqualTo(SampleApp.Blocked), strictRender.Out + strictRender.Error);
            Assert.That(Directory.GetFiles(_outDir), Is.Empty, "nothing is written under --strict");
        });
    }

    [Test]
    public async Task Acne_sample_renders_with_a_cosmetic_risk_warning()
    {
        var findings = await ValidateAsync("acne-scars-cosmetic.json");

        Assert.That(findings.Where(f => f.Severity == "warning" && f.Message.Contains("cosmetic", StringComparison.OrdinalIgnoreCase)), Is.Not.Empty);
        Assert.That(findings.Select(f => f.Code), Does.Contain("PAK-ASM-005"));
    }

    [Test]
    public async Task Acne_sample_renders()
    {
        var run = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("acne-scars-cosmetic.json"), "--out", _outDir);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Out + run.Error);
        Assert.That(Directory.GetFiles(_outDir, "acne-scars-cosmetic.*.pdf"), Has.Length.EqualTo(1));
    }

    private static async Task<IReadOnlyList<Finding>> ValidateAsync(string caseName)
    {
        var run = await HostRun.RunAsync("validate", RepoPaths.SampleCase(caseName), "--format", "json");
        Assert.That(run.Exit, Is.Not.EqualTo(SampleApp.Unreadable), run.Out + run.Error);
        return Findings(run.Out);
    }

    private static List<Finding> Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(section => section.GetProperty("findings").EnumerateArray())
            .Select(f => new Finding(f.GetProperty("severity").GetString()!, f.GetProperty("code").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("message").GetString()!))
            .ToList();
    }

    private sealed record Finding(string Severity, string Code, string Path, string Message);
}

using System.Text.Json;
using PreAuthKit.Sample;
using PreAuthKit.Tests.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Policies;

/// <summary>The sample host's <c>--policies</c>: validate shows the criteria evaluation; preauth, appeal and batch answer the policy; a bad pack is refused with its code and path.</summary>
public class PolicyHostTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pak-policies-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Validate_shows_each_criterion_and_the_one_not_met()
    {
        var run = await HostRun.RunAsync("validate", RepoPaths.SampleCase("policy-short-conservative-care.json"), "--policies", PolicyCases.PacksFolder);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Out + run.Error);
        Assert.That(run.Out, Does.Contain("Medical policy EXHP-MP-SCAR-01").And.Contain("6 of 7 criteria met").And.Contain("not met").And.Contain("PAK-POL-101"));
    }

    [Test]
    public async Task Validate_as_json_carries_the_evaluation()
    {
        var run = await HostRun.RunAsync("validate", RepoPaths.SampleCase("burn-scar-forearm.json"), "--policies", PolicyCases.PacksFolder, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var policy = json.RootElement.GetProperty("policy");
        Assert.That(policy.GetProperty("id").GetString(), Is.EqualTo("EXHP-MP-SCAR-01"));
        Assert.That(policy.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("status").GetString()), Is.EqualTo(Enumerable.Repeat("met", 7)));
    }

    [Test]
    public async Task Strict_validation_blocks_a_case_that_misses_a_criterion()
    {
        var run = await HostRun.RunAsync("validate", RepoPaths.SampleCase("policy-short-conservative-care.json"), "--policies", PolicyCases.PacksFolder, "--strict");

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Blocked));
    }

    [Test]
    public async Task Preauth_appeal_and_batch_answer_the_policy()
    {
        var preauth = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", _dir, "--policies", PolicyCases.PacksFolder);
        var appeal = await HostRun.RunAsync("appeal", RepoPaths.SampleCase("appeal-co50-medical-necessity.json"), "--out", _dir, "--policies", PolicyCases.PacksFolder);
        var cases = Path.Combine(_dir, "cases");
        Directory.CreateDirectory(cases);
        File.Copy(RepoPaths.SampleCase("policy-short-conservative-care.json"), Path.Combine(cases, "short.json"));
        Directory.CreateDirectory(Path.Combine(cases, "photos"));
        foreach (var photo in Directory.GetFiles(Path.Combine(RepoPaths.SampleCases, "photos")))
        {
            File.Copy(photo, Path.Combine(cases, "photos", Path.GetFileName(photo)));
        }

        var batch = await HostRun.RunAsync("batch", cases, "--out", Path.Combine(_dir, "batch"), "--policies", PolicyCases.PacksFolder);

        Assert.That((preauth.Exit, appeal.Exit, batch.Exit), Is.EqualTo((SampleApp.Ok, SampleApp.Ok, SampleApp.Ok)), preauth.Error + appeal.Error + batch.Out + batch.Error);
        var request = CriteriaCrosswalkTests.Strip(string.Join(" ", CriteriaCrosswalkTests.PageTexts(await File.ReadAllBytesAsync(Path.Combine(_dir, "burn-scar-forearm.preauth.pdf")))));
        var letter = CriteriaCrosswalkTests.Strip(string.Join(" ", CriteriaCrosswalkTests.PageTexts(await File.ReadAllBytesAsync(Directory.GetFiles(_dir, "appeal-co50-medical-necessity.*.pdf").Single()))));
        var batched = CriteriaCrosswalkTests.Strip(string.Join(" ", CriteriaCrosswalkTests.PageTexts(await File.ReadAllBytesAsync(Directory.GetFiles(Path.Combine(_dir, "batch"), "short.*.pdf").Single()))));
        Assert.That(request, Does.Contain("Medicalpolicycriteria").And.Contain("EXHP-MP-SCAR-01"));
        Assert.That(letter, Does.Contain("Medicalpolicycriteria").And.Contain("EXHP-MP-SCAR-01"));
        Assert.That(batched, Does.Contain("Notmet"));
    }

    [Test]
    public async Task A_bad_pack_is_refused_with_its_code_and_json_path_and_nothing_is_written()
    {
        var packs = Path.Combine(_dir, "packs");
        Directory.CreateDirectory(packs);
        var pack = (await File.ReadAllTextAsync(Path.Combine(PolicyCases.PacksFolder, "example-health-plan-scar-treatment.json"))).Replace("\"kind\": \"sessions\"", "\"kind\": \"session\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(packs, "typo.json"), pack);
        var outDir = Path.Combine(_dir, "out");

        var run = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", outDir, "--policies", packs);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(run.Error, Does.Contain("PAK-POL-006 at $.criteria[6].evidence[0].kind").And.Contain("typo.json"));
        Assert.That(Directory.Exists(outDir) ? Directory.GetFiles(outDir) : [], Is.Empty);
    }
}

using PreAuthKit.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

public class BatchCommandTests
{
    private string _workDir = "";

    [SetUp]
    public void CreateWorkFolder() => _workDir = Directory.CreateTempSubdirectory("pak-batch-").FullName;

    [TearDown]
    public void DeleteWorkFolder() => Directory.Delete(_workDir, recursive: true);

    [Test]
    public async Task Batch_of_the_samples_renders_every_pre_authorization_and_summarises_every_case()
    {
        var outDir = Path.Combine(_workDir, "out");

        var run = await HostRun.RunAsync("batch", RepoPaths.SampleCases, "--out", outDir, "--parallel", "2");

        var cases = Directory.GetFiles(RepoPaths.SampleCases, "*.json").Select(Path.GetFileName).ToList();
        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Out + run.Error);
        Assert.That(File.Exists(Path.Combine(outDir, "burn-scar-forearm.preauth.pdf")), Is.True);
        Assert.That(File.Exists(Path.Combine(outDir, "surgical-scar-reconstruction.preauth.pdf")), Is.True);
        Assert.That(Directory.GetFiles(outDir, "*.tmp"), Is.Empty);
        foreach (var name in cases)
        {
            Assert.That(run.Out, Does.Contain(name!), "every case appears in the summary");
        }

        Assert.That(run.Out, Does.Contain($"{cases.Count} cases: "));
        Assert.That(run.Out, Does.Contain("0 failed"));
    }

    [Test]
    public async Task Redirected_batch_prints_plain_lines_without_escape_codes()
    {
        await CopySampleAsync("burn-scar-forearm.json");
        await CopySampleAsync("acne-scars-cosmetic.json");

        var run = await HostRun.RunAsync(isTerminal: false, "batch", _workDir, "--out", Path.Combine(_workDir, "out"));

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Error);
        Assert.That(run.Out, Does.Contain("[1/2] rendered: ").And.Contain("[2/2] rendered: "));
        Assert.That(run.Out, Does.Not.Contain("\u001b"));
        Assert.That(run.Out, Does.Contain("2 cases: 2 rendered, 0 blocked, 0 failed"));
    }

    [Test]
    public async Task Batch_on_a_terminal_draws_a_progress_bar()
    {
        await CopySampleAsync("burn-scar-forearm.json");

        var run = await HostRun.RunAsync(isTerminal: true, "batch", _workDir, "--out", Path.Combine(_workDir, "out"));

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Error);
        Assert.That(run.Out, Does.Contain("\u001b"), "a terminal gets ANSI control sequences (the redirected test proves they are switched off)");
        Assert.That(run.Out, Does.Not.Contain("[1/1]"));
    }

    [Test]
    public async Task Blocked_case_is_reported_with_its_reason_and_does_not_fail_the_batch()
    {
        await CopySampleAsync("burn-scar-forearm.json");
        await SampleCopies.CopyAsync("burn-scar-forearm.json", _workDir, "bad-npi.json", SampleCopies.BreakNpi);
        var outDir = Path.Combine(_workDir, "out");

        var run = await HostRun.RunAsync("batch", _workDir, "--out", outDir);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Error);
        Assert.That(run.Out, Does.Contain("blocked").And.Contain("PAK-NPI-002"));
        Assert.That(run.Out, Does.Contain("2 cases: 1 rendered, 1 blocked"));
        Assert.That(File.Exists(Path.Combine(outDir, "bad-npi.preauth.pdf")), Is.False);
        Assert.That(File.Exists(Path.Combine(outDir, "burn-scar-forearm.preauth.pdf")), Is.True);
    }

    [Test]
    public async Task Unreadable_case_fails_the_batch_but_the_others_still_render()
    {
        await CopySampleAsync("burn-scar-forearm.json");
        await File.WriteAllTextAsync(Path.Combine(_workDir, "broken.json"), "{ \"patient\": ");
        var outDir = Path.Combine(_workDir, "out");

        var run = await HostRun.RunAsync("batch", _workDir, "--out", outDir);

        Assert.That(run.Exit, Is.Not.EqualTo(SampleApp.Ok));
        Assert.That(run.Out, Does.Contain("unreadable").And.Contain("PAK-FILE-004"));
        Assert.That(run.Out, Does.Contain("1 failed"));
        Assert.That(File.Exists(Path.Combine(outDir, "burn-scar-forearm.preauth.pdf")), Is.True);
        Assert.That(Directory.GetFiles(outDir), Has.Length.EqualTo(1));
    }

    [TestCase("--parallel", "0")]
    [TestCase("--parallel", "lots")]
    public async Task Bad_parallel_value_exits_2(string option, string value)
    {
        var run = await HostRun.RunAsync("batch", RepoPaths.SampleCases, option, value);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(run.Error, Does.Contain("--parallel"));
    }

    [Test]
    public async Task Missing_or_empty_folder_exits_2()
    {
        var missing = await HostRun.RunAsync("batch", Path.Combine(_workDir, "nope"), "--out", Path.Combine(_workDir, "out"));
        var empty = await HostRun.RunAsync("batch", _workDir, "--out", Path.Combine(_workDir, "out"));

        Assert.That(missing.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(empty.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(empty.Error, Does.Contain("no case files"));
    }

    private Task<string> CopySampleAsync(string name) => SampleCopies.CopyAsync(name, _workDir);
}

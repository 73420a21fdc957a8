using PreAuthKit.Sample;
using PreAuthKit.Tests.Sample;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// Issue 11 in the sample host: no crash on bad arguments (the old main ended `validate ''` with
/// an unhandled exception and read /dev/zero until it died), an atomic write that a planted
/// link cannot redirect (the old main wrote through `name.pdf.tmp` wherever it pointed), no stale
/// PDF after a refused run, and names printed without their control characters.
/// </summary>
public class HostHardeningTests
{
    private string _work = "";

    [SetUp]
    public void CreateFolder() => _work = Directory.CreateTempSubdirectory("pak-host-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_work, recursive: true);

    [TestCase("validate", "", "PAK-FILE-007")]
    [TestCase("validate", "/dev/zero", "PAK-FILE-009")]
    [TestCase("validate", "/", "PAK-FILE-008")]
    [TestCase("preauth", "", "PAK-FILE-007")]
    [TestCase("appeal", "/dev/zero", "PAK-FILE-009")]
    public async Task Arguments_that_name_no_case_file_exit_2_with_a_code(string command, string path, string code)
    {
        var run = command == "validate" ? await HostRun.RunAsync(command, path) : await HostRun.RunAsync(command, path, "--out", Path.Combine(_work, "out"));

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable), run.Out + run.Error);
        Assert.That(run.Out + run.Error, Does.Contain(code));
    }

    [Test]
    public async Task A_planted_tmp_link_is_neither_followed_nor_replaced()
    {
        var casePath = await SampleCopies.CopyAsync("burn-scar-forearm.json", _work);
        var outDir = Directory.CreateDirectory(Path.Combine(_work, "out")).FullName;
        var victim = Path.Combine(_work, "victim.txt");
        File.WriteAllText(victim, "keep me");
        var planted = Path.Combine(outDir, "burn-scar-forearm.preauth.pdf.tmp");
        File.CreateSymbolicLink(planted, victim);

        var run = await HostRun.RunAsync("preauth", casePath, "--out", outDir);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Error);
        Assert.That(File.ReadAllText(victim), Is.EqualTo("keep me"), "the file outside --out is untouched");
        Assert.That(new FileInfo(planted).LinkTarget, Is.EqualTo(victim), "the planted link is left as it was");
        Assert.That(File.ReadAllBytes(Path.Combine(outDir, "burn-scar-forearm.preauth.pdf"))[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(Directory.GetFiles(outDir, "*.tmp").Where(f => f != planted), Is.Empty, "no temporary file left behind");
    }

    [Test]
    public async Task A_link_at_the_target_name_is_replaced_not_written_through()
    {
        var casePath = await SampleCopies.CopyAsync("burn-scar-forearm.json", _work);
        var outDir = Directory.CreateDirectory(Path.Combine(_work, "out")).FullName;
        var victim = Path.Combine(_work, "victim.txt");
        File.WriteAllText(victim, "keep me");
        var target = Path.Combine(outDir, "burn-scar-forearm.preauth.pdf");
        File.CreateSymbolicLink(target, victim);

        var run = await HostRun.RunAsync("preauth", casePath, "--out", outDir);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Error);
        Assert.That(File.ReadAllText(victim), Is.EqualTo("keep me"));
        Assert.That(new FileInfo(target).LinkTarget, Is.Null, "the PDF is a regular file now");
    }

    [Test]
    public async Task A_refused_run_removes_the_stale_pdf_of_the_same_case_and_says_so()
    {
        var casePath = await SampleCopies.CopyAsync("burn-scar-forearm.json", _work, edit: SampleCopies.BreakNpi);
        var outDir = Directory.CreateDirectory(Path.Combine(_work, "out")).FullName;
        var stale = Path.Combine(outDir, "burn-scar-forearm.preauth.pdf");
        File.WriteAllText(stale, "%PDF- an older version of this case");
        var other = Path.Combine(outDir, "burn-scar-forearm.appeal.pdf");
        File.WriteAllText(other, "%PDF- the appeal, not this run's document");

        var run = await HostRun.RunAsync("preauth", casePath, "--out", outDir);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Blocked), run.Error);
        Assert.That(File.Exists(stale), Is.False, "the stale PDF is gone");
        Assert.That(File.Exists(other), Is.True, "the other document of the case is left alone");
        Assert.That(run.Error, Does.Contain("stale"));
    }

    [Test]
    public async Task Batch_prints_names_without_their_control_characters()
    {
        var evil = "evil\u001b[2J\u001b]0;pwned\u0007\nforged line\r\u202Ename.json";
        await SampleCopies.CopyAsync("burn-scar-forearm.json", _work, newName: evil);
        await SampleCopies.CopyAsync("burn-scar-forearm.json", _work, newName: "broken\u001b[31m.json", edit: SampleCopies.BreakNpi);

        foreach (var terminal in new[] { false, true })
        {
            var run = await HostRun.RunAsync(isTerminal: terminal, "batch", _work, "--out", Path.Combine(_work, "out"));

            var printed = run.Out + run.Error;
            if (!terminal)
            {
                Assert.That(printed, Does.Contain("\\x1B[2J").And.Contain("\\x0Aforged line\\x0D\\u202Ename"), "the name is printed with visible escapes");
            }

            Assert.That(printed, Does.Not.Contain("\u001b[2J").And.Not.Contain("\u001b]0;").And.Not.Contain("\u202E").And.Not.Contain("\u001b[31m"));
            Assert.That(printed.Split('\n'), Has.None.StartWith("forged line"), "no forged log line");
        }
    }
}

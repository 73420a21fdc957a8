using PreAuthKit.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Packet;

/// <summary>The sample host's <c>packet</c> command: files written, exit codes, nothing partial on disk.</summary>
public class PacketCommandTests
{
    private string _outDir = "";

    [SetUp]
    public void CreateOutputFolder() => _outDir = Directory.CreateTempSubdirectory("pak-packet-out-").FullName;

    [TearDown]
    public void DeleteOutputFolder() => Directory.Delete(_outDir, recursive: true);

    [Test]
    public async Task Packet_writes_one_pdf_and_prints_its_index()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["packet", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", _outDir, "--cover"], stdout, stderr);

        var pdf = Path.Combine(_outDir, "burn-scar-forearm.packet.pdf");
        Assert.That(exit, Is.EqualTo(SampleApp.Ok), stderr.ToString());
        Assert.That(Directory.GetFiles(_outDir), Is.EqualTo(new[] { pdf }));
        Assert.That(stdout.ToString(), Does.Contain(pdf).And.Contain("enclosure 1: pages").And.Match("sha256: [0-9a-f]{64}"));
    }

    [Test]
    public async Task Split_pages_writes_self_describing_parts()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["packet", RepoPaths.SampleCase("surgical-scar-reconstruction.json"), "--out", _outDir, "--split-pages", "4"], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Ok), stderr.ToString());
        Assert.That(Directory.GetFiles(_outDir).Select(Path.GetFileName).Order(), Is.EqualTo(new[]
        {
            "surgical-scar-reconstruction.packet.part1-of-2.pdf",
            "surgical-scar-reconstruction.packet.part2-of-2.pdf",
        }));
    }

    [Test]
    public async Task Appeal_kind_carries_the_appeal_letter()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["packet", RepoPaths.SampleCase("appeal-co50-medical-necessity.json"), "--out", _outDir, "--kind", "appeal"], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Ok), stderr.ToString());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(_outDir, "appeal-co50-medical-necessity.packet.pdf"));
        Assert.That(pdf.GetPage(1).Text, Does.Contain("Appeal"));
    }

    [Test]
    public async Task Missing_attachment_exits_1_names_it_and_writes_nothing()
    {
        using var workspace = new PacketWorkspace();
        var json = await File.ReadAllTextAsync(RepoPaths.SampleCase("burn-scar-forearm.json"));
        await File.WriteAllTextAsync(Path.Combine(workspace.Folder, "case.json"), json);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["packet", Path.Combine(workspace.Folder, "case.json"), "--out", _outDir], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(stderr.ToString(), Does.Contain("PAK-ATT-004").And.Contain("attachments[0].path").And.Contain("attachments[1].path"));
        Assert.That(Directory.GetFiles(_outDir), Is.Empty);
    }

    [Test]
    public async Task Bad_command_line_exits_2()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["packet", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", _outDir, "--kind", "memo"], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(Directory.GetFiles(_outDir), Is.Empty);
    }

    [Test]
    public async Task A_rerun_removes_the_earlier_runs_parts_it_no_longer_produces_and_nothing_else()
    {
        var casePath = RepoPaths.SampleCase("surgical-scar-reconstruction.json");
        var unrelated = new[] { "other.packet.pdf", "surgical-scar-reconstruction.packet.notes.pdf", "surgical-scar-reconstruction.preauth.pdf" };
        foreach (var name in unrelated)
        {
            await File.WriteAllTextAsync(Path.Combine(_outDir, name), "not ours");
        }

        string[] Packet() => [.. Directory.GetFiles(_outDir).Select(Path.GetFileName).OfType<string>().Where(n => !unrelated.Contains(n)).Order(StringComparer.Ordinal)];

        var split4 = await RunAsync("packet", casePath, "--out", _outDir, "--split-pages", "4");
        var afterSplit4 = Packet();
        var split2 = await RunAsync("packet", casePath, "--out", _outDir, "--split-pages", "2");
        var afterSplit2 = Packet();
        var whole = await RunAsync("packet", casePath, "--out", _outDir);
        var afterWhole = Packet();

        Assert.That((split4.Exit, split2.Exit, whole.Exit), Is.EqualTo((SampleApp.Ok, SampleApp.Ok, SampleApp.Ok)), split4.Error + split2.Error + whole.Error);
        Assert.Multiple(() =>
        {
            Assert.That(afterSplit4, Is.EqualTo(new[] { "surgical-scar-reconstruction.packet.part1-of-2.pdf", "surgical-scar-reconstruction.packet.part2-of-2.pdf" }));
            Assert.That(afterSplit2, Has.Length.GreaterThan(2).And.All.Match(@"\.part[0-9]+-of-" + afterSplit2.Length + @"\.pdf$"), "the 2-part files of the earlier run are gone");
            Assert.That(afterWhole, Is.EqualTo(new[] { "surgical-scar-reconstruction.packet.pdf" }));
            Assert.That(whole.Error, Does.Contain("removed stale surgical-scar-reconstruction.packet.part1-of-"));
            Assert.That(unrelated.Select(n => File.ReadAllText(Path.Combine(_outDir, n))), Is.All.EqualTo("not ours"), "other cases' and other kinds' files are untouched");
            Assert.That(Directory.GetFiles(_outDir, "*.tmp", SearchOption.AllDirectories).Concat(Directory.GetFiles(_outDir, ".*")), Is.Empty, "no temporary file is left");
        });
    }

    [Test]
    public async Task A_refused_rerun_leaves_no_packet_file_of_the_case()
    {
        using var workspace = new PacketWorkspace();
        var json = await File.ReadAllTextAsync(RepoPaths.SampleCase("burn-scar-forearm.json"));
        var casePath = Path.Combine(workspace.Folder, "case.json");
        await File.WriteAllTextAsync(casePath, json);
        Directory.CreateDirectory(Path.Combine(workspace.Folder, "attachments"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SampleCases, "attachments")))
        {
            File.Copy(file, Path.Combine(workspace.Folder, "attachments", Path.GetFileName(file)));
        }

        var first = await RunAsync("packet", casePath, "--out", _outDir, "--split-pages", "3");
        var written = Directory.GetFiles(_outDir).Length;
        File.Delete(Directory.GetFiles(Path.Combine(workspace.Folder, "attachments")).Order(StringComparer.Ordinal).First());
        var refused = await RunAsync("packet", casePath, "--out", _outDir, "--split-pages", "3");

        Assert.That(first.Exit, Is.EqualTo(SampleApp.Ok), first.Error);
        Assert.That(written, Is.GreaterThan(1));
        Assert.That(refused.Exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(refused.Error, Does.Contain("PAK-ATT-004").And.Contain("removed stale case.packet.part1-of-"));
        Assert.That(Directory.GetFiles(_outDir), Is.Empty);
    }

    [Test]
    public async Task Policies_option_puts_the_criteria_into_the_packets_letter()
    {
        var run = await RunAsync("packet", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", _outDir, "--policies", Policies.PolicyCases.PacksFolder);
        var plain = await RunAsync("packet", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", Path.Combine(_outDir, "plain"));

        Assert.That((run.Exit, plain.Exit), Is.EqualTo((SampleApp.Ok, SampleApp.Ok)), run.Error + plain.Error);
        string Text(string path)
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
            return string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        }

        Assert.That(Text(Path.Combine(_outDir, "burn-scar-forearm.packet.pdf")), Does.Contain("Medicalpolicycriteria").And.Contain("EXHP-MP-SCAR-01"));
        Assert.That(Text(Path.Combine(_outDir, "plain", "burn-scar-forearm.packet.pdf")), Does.Not.Contain("EXHP-MP-SCAR-01"));
    }

    [Test]
    public async Task A_bad_policies_folder_exits_2()
    {
        var run = await RunAsync("packet", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", _outDir, "--policies", Path.Combine(_outDir, "no-such-folder"));

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(Directory.GetFiles(_outDir), Is.Empty);
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

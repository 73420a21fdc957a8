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
}

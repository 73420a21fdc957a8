using PreAuthKit.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

/// <summary>The sample host renders the bundled synthetic appeal.</summary>
public class AppealCommandTests
{
    private string _outDir = "";

    [SetUp]
    public void CreateOutputFolder() => _outDir = Directory.CreateTempSubdirectory("pak-appeal-").FullName;

    [TearDown]
    public void DeleteOutputFolder() => Directory.Delete(_outDir, recursive: true);

    [Test]
    public async Task Appeal_command_writes_the_appeal_pdf()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["appeal", RepoPaths.SampleCase("appeal-co50-medical-necessity.json"), "--out", _outDir], stdout, stderr);

        var pdf = Path.Combine(_outDir, "appeal-co50-medical-necessity.appeal.pdf");
        Assert.That(exit, Is.EqualTo(SampleApp.Ok), stderr.ToString());
        Assert.That(stdout.ToString(), Does.Contain(pdf).And.Match("sha256: [0-9a-f]{64}"));
        var text = string.Join(" ", PdfTextDump.TextLines(await File.ReadAllBytesAsync(pdf)));
        Assert.That(text, Does.Contain("First-Level Internal Appeal").And.Contain("CO-50"));
    }

    [Test]
    public async Task Appeal_command_on_a_case_without_an_appeal_exits_1_and_writes_nothing()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["appeal", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", _outDir], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(stderr.ToString(), Does.Contain("PAK-APL-012 at appeal"));
        Assert.That(Directory.GetFiles(_outDir), Is.Empty);
    }
}

using PreAuthKit.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Sample;

public class SampleAppTests
{
    private string _outDir = "";

    [SetUp]
    public void CreateOutputFolder() => _outDir = Directory.CreateTempSubdirectory("pak-sample-").FullName;

    [TearDown]
    public void DeleteOutputFolder() => Directory.Delete(_outDir, recursive: true);

    [Test]
    public async Task Preauth_writes_the_pdf_and_prints_path_pages_and_hash()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["preauth", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", _outDir], stdout, stderr);

        var pdf = Path.Combine(_outDir, "burn-scar-forearm.preauth.pdf");
        Assert.That(exit, Is.EqualTo(SampleApp.Ok), stderr.ToString());
        Assert.That(File.Exists(pdf), Is.True);
        Assert.That(stdout.ToString(), Does.Contain(pdf).And.Contain("pages:").And.Match("sha256: [0-9a-f]{64}"));
    }

    [Test]
    public async Task Missing_case_file_exits_2_and_writes_nothing()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["preauth", Path.Combine(_outDir, "missing.json"), "--out", _outDir], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(stderr.ToString(), Does.Contain("PAK-FILE-001"));
        Assert.That(Directory.GetFiles(_outDir), Is.Empty);
    }

    [Test]
    public async Task Malformed_json_exits_2_with_line_and_column()
    {
        var casePath = Path.Combine(_outDir, "broken.json");
        await File.WriteAllTextAsync(casePath, "{\n  \"patient\": {\n    \"firstName\": \"A\",,\n  }\n}");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["preauth", casePath, "--out", _outDir], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(stderr.ToString(), Does.Contain("line 3"));
        Assert.That(Directory.GetFiles(_outDir, "*.pdf"), Is.Empty);
    }

    [Test]
    public async Task Case_failing_validation_exits_1_and_writes_no_pdf()
    {
        var json = await File.ReadAllTextAsync(RepoPaths.SampleCase("burn-scar-forearm.json"));
        var casePath = Path.Combine(_outDir, "bad-npi.json");
        await File.WriteAllTextAsync(casePath, json.Replace("\"npi\": \"1234567893\"", "\"npi\": \"1234567890\"", StringComparison.Ordinal));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await SampleApp.RunAsync(["preauth", casePath, "--out", _outDir], stdout, stderr);

        Assert.That(exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(stderr.ToString(), Does.Contain("PAK-NPI-002").And.Contain("requestingProvider.npi"));
        Assert.That(Directory.GetFiles(_outDir, "*.pdf"), Is.Empty);
    }
}

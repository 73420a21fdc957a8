using System.Security.Cryptography;
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

    [Test]
    public async Task Preauth_prints_the_size_and_hash_of_the_file_it_wrote()
    {
        var run = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("surgical-scar-reconstruction.json"), "--out", _outDir);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Error);
        var pdf = Path.Combine(_outDir, "surgical-scar-reconstruction.preauth.pdf");
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.That(run.Out, Does.Contain($"size:   {bytes.Length} bytes"));
        Assert.That(run.Out, Does.Contain($"sha256: {Convert.ToHexStringLower(SHA256.HashData(bytes))}"));
        Assert.That(Directory.GetFiles(_outDir), Has.Length.EqualTo(1), "no temporary file is left beside the PDF");
    }

    [Test]
    public async Task Preauth_with_a_broken_template_exits_2_and_leaves_no_file()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_outDir, "templates")).FullName;
        await File.WriteAllTextAsync(Path.Combine(templates, "preauth-request.md.sbn"), "# Request\n{{ if }}\n");
        var pdfDir = Path.Combine(_outDir, "pdf");

        var run = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", pdfDir, "--templates", templates);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(run.Error, Does.Contain("template error"));
        Assert.That(Directory.Exists(pdfDir) ? Directory.GetFiles(pdfDir) : [], Is.Empty);
    }

    [Test]
    public async Task Preauth_with_a_missing_templates_folder_exits_2()
    {
        var run = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", _outDir, "--templates", Path.Combine(_outDir, "nope"));

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(run.Error, Does.Contain("templates folder"));
        Assert.That(Directory.GetFiles(_outDir), Is.Empty);
    }

    [Test]
    public async Task Preauth_renders_the_same_bytes_twice()
    {
        var first = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", Path.Combine(_outDir, "a"));
        var second = await HostRun.RunAsync("preauth", RepoPaths.SampleCase("burn-scar-forearm.json"), "--out", Path.Combine(_outDir, "b"));

        Assert.That(first.Exit, Is.EqualTo(SampleApp.Ok), first.Error);
        Assert.That(Hash(second.Out), Is.EqualTo(Hash(first.Out)).And.Not.Empty);
    }

    [Test]
    public async Task Appeal_with_blocking_findings_exits_1()
    {
        var casePath = await SampleCopies.CopyAsync("appeal-co50-medical-necessity.json", _outDir, "bad-npi-appeal.json", SampleCopies.BreakNpi);

        var run = await HostRun.RunAsync("appeal", casePath, "--out", _outDir);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(run.Error, Does.Contain("PAK-NPI-002"));
        Assert.That(Directory.GetFiles(_outDir, "*.pdf"), Is.Empty);
    }

    private static string Hash(string output)
        => output.Split('\n').FirstOrDefault(line => line.StartsWith("sha256: ", StringComparison.Ordinal)) ?? "";
}

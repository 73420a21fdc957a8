using PreAuthKit.CaseFiles;
using PreAuthKit.Fhir.Tests.Support;
using PreAuthKit.Sample;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Fhir.Tests.Sample;

/// <summary>Issue 18, item 5: the sample host's <c>import-fhir</c>, <c>export-pas</c> and <c>validate</c> of a bundle.</summary>
public sealed class FhirHostTests
{
    private string dir = "";

    [SetUp]
    public void CreateFolder() => dir = Directory.CreateTempSubdirectory("pak-fhir-host-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(dir, recursive: true);

    [Test]
    public async Task Export_pas_writes_the_bundle_and_import_fhir_turns_it_back_into_a_case_that_renders()
    {
        var export = await Run("export-pas", Path.Combine(RepoPaths.SampleCases, "burn-scar-forearm.json"), "--out", dir);
        Assert.That(export.Exit, Is.EqualTo(SampleApp.Ok), export.Out + export.Error);
        var bundle = Path.Combine(dir, "burn-scar-forearm.pas.json");
        Assert.That(export.Out, Does.StartWith(bundle));

        var caseJson = Path.Combine(dir, "imported", "burn-scar.json");
        var import = await Run("import-fhir", bundle, "--out", caseJson);
        Assert.That(import.Exit, Is.EqualTo(SampleApp.Ok), import.Out + import.Error);
        var imported = CaseFileReader.Load(caseJson);
        var original = SampleCases.Load("burn-scar-forearm.json");
        Assert.That(imported.Case.Photos.Select(p => p.Path), Is.EqualTo(new[] { "burn-scar.files/photo-1.jpg", "burn-scar.files/photo-2.jpg" }));
        Assert.That(File.ReadAllBytes(Path.Combine(imported.BaseDirectory, imported.Case.Photos[0].Path)), Is.EqualTo(File.ReadAllBytes(Path.Combine(original.BaseDirectory, original.Case.Photos[0].Path))));
        Assert.That(CaseFileReader.Serialize(SampleCases.WithoutPaths(imported.Case)), Is.EqualTo(CaseFileReader.Serialize(SampleCases.WithoutPaths(original.Case))));

        var render = await Run("preauth", caseJson, "--out", dir);
        Assert.That(render.Exit, Is.EqualTo(SampleApp.Ok), render.Out + render.Error);
    }

    [Test]
    public async Task Validate_accepts_a_FHIR_bundle_and_lists_the_import_findings_with_the_case_findings()
    {
        var example = Path.Combine(dir, "surgical.json");
        await File.WriteAllTextAsync(example, FhirPackage.Files(RepoPaths.PasPackage)["package/example/Bundle-SurgicalRequestBundleExample.json"]);

        var run = await Run("validate", example, "--format", "json");

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Blocked), "the IG example lacks a date of birth and valid NPIs");
        Assert.That(run.Out, Does.Contain("PAK-FHIR-022").And.Contain("PAK-PAT-003"));
        Assert.That(Directory.GetDirectories(dir), Is.Empty, "no temporary content left behind");
    }

    [Test]
    public async Task Validate_of_an_exported_sample_bundle_is_clean_of_errors()
    {
        var export = await Run("export-pas", Path.Combine(RepoPaths.SampleCases, "surgical-scar-reconstruction.json"), "--out", dir);
        Assert.That(export.Exit, Is.EqualTo(SampleApp.Ok), export.Error);

        var run = await Run("validate", Path.Combine(dir, "surgical-scar-reconstruction.pas.json"), "--format", "json");

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Ok), run.Out + run.Error);
    }

    [Test]
    public async Task Import_fhir_of_a_resource_that_is_not_a_bundle_exits_2_and_writes_nothing()
    {
        var patient = Path.Combine(dir, "patient.json");
        await File.WriteAllTextAsync(patient, """{ "resourceType": "Patient", "id": "x" }""");
        var target = Path.Combine(dir, "out", "case.json");

        var run = await Run("import-fhir", patient, "--out", target);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Unreadable));
        Assert.That(run.Error, Does.Contain("PAK-FHIR-002"));
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public async Task Import_fhir_of_a_bundle_without_a_patient_exits_1()
    {
        var bundle = Path.Combine(dir, "empty.json");
        await File.WriteAllTextAsync(bundle, """{ "resourceType": "Bundle", "type": "collection", "entry": [] }""");

        var run = await Run("import-fhir", bundle, "--out", Path.Combine(dir, "case.json"));

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(run.Error, Does.Contain("PAK-FHIR-004"));
        Assert.That(File.Exists(Path.Combine(dir, "case.json")), Is.False);
    }

    [Test]
    public async Task Export_pas_of_an_appeal_exits_1_and_writes_nothing()
    {
        var run = await Run("export-pas", Path.Combine(RepoPaths.SampleCases, "appeal-co50-medical-necessity.json"), "--out", dir);

        Assert.That(run.Exit, Is.EqualTo(SampleApp.Blocked));
        Assert.That(run.Error, Does.Contain("PAK-FHIR-104"));
        Assert.That(Directory.GetFiles(dir), Is.Empty);
    }

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SampleApp.RunAsync(args, new HostContext(stdout, stderr, false, new FixedClock()));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    }
}

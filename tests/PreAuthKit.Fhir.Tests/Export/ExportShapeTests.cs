using System.Text.Json;
using PreAuthKit.Fhir.Tests.Support;

namespace PreAuthKit.Fhir.Tests.Export;

public sealed class ExportShapeTests
{
    [Test]
    public void Burn_scar_sample_exports_the_PAS_claim_with_its_item_and_diagnoses()
    {
        var file = SampleCases.Load("burn-scar-forearm.json");
        var json = new PasExporter().Export(file.Case, letterPdf: new byte[] { 0x25, 0x50, 0x44, 0x46 }).Json!;
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "burn-scar-forearm.pas.json"), json);
        using var doc = JsonDocument.Parse(json);
        var entries = doc.RootElement.GetProperty("entry");
        var claim = entries[0].GetProperty("resource");

        Assert.Multiple(() =>
        {
            Assert.That(doc.RootElement.GetProperty("meta").GetProperty("profile")[0].GetString(), Is.EqualTo("http://hl7.org/fhir/us/davinci-pas/StructureDefinition/profile-pas-request-bundle"));
            Assert.That(doc.RootElement.GetProperty("timestamp").GetString(), Is.EqualTo("2026-11-20T00:00:00+00:00"));
            Assert.That(claim.GetProperty("resourceType").GetString(), Is.EqualTo("Claim"));
            Assert.That(claim.GetProperty("use").GetString(), Is.EqualTo("preauthorization"));
            Assert.That(claim.GetProperty("created").GetString(), Is.EqualTo("2026-11-20"));
            Assert.That(claim.GetProperty("item")[0].GetProperty("productOrService").GetProperty("coding")[0].GetProperty("code").GetString(), Is.EqualTo("17999"));
            Assert.That(claim.GetProperty("item")[0].GetProperty("quantity").GetProperty("value").GetDecimal(), Is.EqualTo(6));
            Assert.That(claim.GetProperty("item")[0].GetProperty("servicedPeriod").GetProperty("start").GetString(), Is.EqualTo("2026-12-07"));
            Assert.That(claim.GetProperty("item")[0].GetProperty("locationCodeableConcept").GetProperty("coding")[0].GetProperty("code").GetString(), Is.EqualTo("11"));
            Assert.That(claim.GetProperty("diagnosis").GetArrayLength(), Is.EqualTo(3));
            Assert.That(claim.GetProperty("diagnosis")[0].GetProperty("type")[0].GetProperty("coding")[0].GetProperty("code").GetString(), Is.EqualTo("principal"));
        });
        var letter = entries.EnumerateArray().Select(e => e.GetProperty("resource"))
            .Single(r => r.GetProperty("resourceType").GetString() == "DocumentReference" && r.GetProperty("content")[0].GetProperty("attachment").TryGetProperty("data", out _));
        Assert.That(letter.GetProperty("content")[0].GetProperty("attachment").GetProperty("data").GetString(), Is.EqualTo("JVBERg=="));
    }

    [Test]
    public void Export_is_deterministic()
    {
        var file = SampleCases.Load("surgical-scar-reconstruction.json");
        var a = new PasExporter().Export(file.Case, letterPdf: new byte[] { 1, 2, 3 }, documents: SampleCases.Documents(file)).Json;
        var b = new PasExporter().Export(file.Case, letterPdf: new byte[] { 1, 2, 3 }, documents: SampleCases.Documents(file)).Json;

        Assert.That(a, Is.EqualTo(b));
    }

    [TestCase("", "urn:x", "1")]
    [TestCase("not a uri", "urn:x", "1")]
    [TestCase("urn:x", "", "1")]
    [TestCase("urn:x", "urn:y", " ")]
    public void Bad_options_are_refused_when_the_exporter_is_built(string caseSystem, string memberSystem, string serviceType)
        => Assert.That(() => new PasExporter(new PasExportOptions { CaseReferenceSystem = caseSystem, MemberIdSystem = memberSystem, ServiceTypeCode = serviceType }), Throws.ArgumentException);

    [Test]
    public void A_case_without_procedures_is_not_exported()
    {
        var c = SampleCases.Load("burn-scar-forearm.json").Case with { Procedures = [] };

        var result = new PasExporter().Export(c);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Findings.Select(f => (f.Code, f.Path)), Does.Contain((FhirFindingCodes.ExportNoProcedure, "procedures")));
    }
}

using PreAuthKit.CaseFiles;
using PreAuthKit.Fhir.Tests.Support;

namespace PreAuthKit.Fhir.Tests.Export;

public sealed class RoundTripTests
{
    private static IEnumerable<string> PreAuthorizations() => SampleCases.PreAuthorizations();

    private static IEnumerable<string> Appeals() => SampleCases.Appeals();

    [TestCaseSource(nameof(PreAuthorizations))]
    public void Sample_case_survives_export_and_import(string name)
    {
        var file = SampleCases.Load(name);
        var documents = SampleCases.Documents(file);
        var exported = new PasExporter().Export(file.Case, documents: documents);
        Assert.That(exported.Json, Is.Not.Null, string.Join("\n", exported.Findings));

        var imported = new FhirImporter().Import(exported.Json!);

        Assert.That(imported.Case, Is.Not.Null, string.Join("\n", imported.Findings));
        Assert.That(CaseFileReader.Serialize(imported.Case!), Is.EqualTo(CaseFileReader.Serialize(SampleCases.WithoutPaths(file.Case))));
        Assert.That(imported.Findings.Where(f => f.Severity != FhirFindingSeverity.Information), Is.Empty);
        Assert.That(imported.Documents.Select(d => (d.Kind, d.Index, d.ContentType, Convert.ToBase64String(d.Data.Span))),
            Is.EqualTo(documents.Select(d => (d.Kind, d.Index, d.ContentType, Convert.ToBase64String(d.Data.Span)))));
    }

    [TestCaseSource(nameof(PreAuthorizations))]
    public void Second_round_trip_gives_the_same_bundle_bytes(string name)
    {
        var file = SampleCases.Load(name);
        var documents = SampleCases.Documents(file);
        var first = new PasExporter().Export(file.Case, documents: documents).Json!;
        var imported = new FhirImporter().Import(first);
        var second = new PasExporter().Export(imported.Case!, documents: imported.Documents).Json;

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Appeals))]
    public void Appeal_is_not_exported_as_a_PAS_request(string name)
    {
        var result = new PasExporter().Export(SampleCases.Load(name).Case);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Findings.Select(f => f.Code), Does.Contain(FhirFindingCodes.ExportAppeal));
    }
}

using PreAuthKit.Fhir.Tests.Support;

namespace PreAuthKit.Fhir.Tests.Import;

public sealed class PasExampleImportTests
{
    private static IEnumerable<string> Examples() => FhirPackage.RequestBundleExamples();

    [TestCaseSource(nameof(Examples))]
    public void Example_request_bundle_imports(string name)
    {
        var result = new FhirImporter().Import(FhirPackage.Files(RepoPaths.PasPackage)[name]);
        TestContext.Out.WriteLine(string.Join("\n", result.Findings));
        Assert.That(result.Succeeded, Is.True);
    }
}

using PreAuthKit.Fhir.Tests.Support;
using PublicApiGenerator;

namespace PreAuthKit.Fhir.Tests.PublicApi;

/// <summary>Every change to the public surface of PreAuthKit.Fhir is a visible diff of the approved file (a failing run writes the <c>.received.txt</c> beside it).</summary>
public sealed class FhirPublicApiTests
{
    [Test]
    public void Public_api_is_approved()
    {
        var api = ApiGenerator.GeneratePublicApi(typeof(FhirImporter).Assembly, new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);
        var approved = Path.Combine(RepoPaths.Root, "tests", "PreAuthKit.Fhir.Tests", "PublicApi", "FhirPublicApiTests.Public_api_is_approved.approved.txt");
        var received = Path.ChangeExtension(approved, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var expected = File.Exists(approved) ? File.ReadAllText(approved) : "";
        if (api != expected)
        {
            File.WriteAllText(received, api);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.That(api, Is.EqualTo(expected), $"public API changed: compare {Path.GetFileName(received)} with the approved file");
    }
}

using System.Text.Json.Nodes;
using PreAuthKit.Fhir.Tests.Support;

namespace PreAuthKit.Fhir.Tests.Import;

/// <summary>
/// Bundles from other public sources import without exceptions, every resource mapped or reported: every Bundle example of
/// the PAS 2.2.1 and US Core 7.0.0 packages, and one collection bundle holding all of US Core's example resources.
/// </summary>
public sealed class RobustnessTests
{
    private static IEnumerable<string> BundleExamples()
        => FhirPackage.Files(RepoPaths.PasPackage).Where(f => IsExample(f.Key) && IsBundle(f.Value)).Select(f => "pas:" + f.Key)
            .Concat(FhirPackage.Files(RepoPaths.UsCorePackage).Where(f => IsExample(f.Key) && IsBundle(f.Value)).Select(f => "uscore:" + f.Key))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(BundleExamples))]
    public void Public_bundle_example_imports_without_an_exception(string name)
    {
        var result = new FhirImporter().Import(Read(name));

        Assert.That(result.Findings, Is.Not.Null);
        if (result.Case is null)
        {
            Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Severity == FhirFindingSeverity.Error));
        }
    }

    [Test]
    public void All_US_Core_example_resources_in_one_bundle_are_each_mapped_or_reported()
    {
        var files = FhirPackage.Files(RepoPaths.UsCorePackage).Where(f => IsExample(f.Key) && !IsBundle(f.Value)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        var entries = new JsonArray();
        foreach (var (_, text) in files)
        {
            var resource = JsonNode.Parse(text)!.AsObject();
            var type = resource["resourceType"]!.GetValue<string>();
            entries.Add(new JsonObject { ["fullUrl"] = $"http://example.org/fhir/{type}/{resource["id"]?.GetValue<string>()}", ["resource"] = resource });
        }

        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries };
        var result = new FhirImporter().Import(bundle.ToJsonString());

        Assert.That(files, Has.Count.GreaterThan(50));
        Assert.That(result.Case, Is.Not.Null, string.Join("\n", result.Findings.Take(20)));
        var reportedEntries = result.Findings.Select(f => EntryIndex(f.Path)).Where(i => i >= 0).ToHashSet();
        // US Core's examples are mostly resources PreAuthKit does not model (vitals, labs, medications…): they are reported.
        Assert.That(reportedEntries.Count, Is.GreaterThan(entries.Count / 2));
        foreach (var f in result.Findings.Where(f => f.Code != FhirFindingCodes.ResourceNotMapped))
        {
            TestContext.Out.WriteLine(f.ToString());
        }

        TestContext.Out.WriteLine($"{entries.Count} entries; {reportedEntries.Count} with findings; {result.Findings.Count} findings; diagnoses {result.Case!.Diagnoses.Count}, procedures {result.Case.Procedures.Count}, prior treatments {result.Case.History.PriorTreatments.Count}, photos {result.Case.Photos.Count}, attachments {result.Case.Attachments.Count}");
    }

    private static string Read(string name)
        => name.StartsWith("pas:", StringComparison.Ordinal) ? FhirPackage.Files(RepoPaths.PasPackage)[name[4..]] : FhirPackage.Files(RepoPaths.UsCorePackage)[name[7..]];

    private static bool IsExample(string path) => path.StartsWith("package/example/", StringComparison.Ordinal);

    private static bool IsBundle(string json) => JsonNode.Parse(json)?["resourceType"]?.GetValue<string>() == "Bundle";

    private static int EntryIndex(string path)
    {
        const string Prefix = "Bundle.entry[";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return -1;
        }

        var end = path.IndexOf(']', StringComparison.Ordinal);
        return int.Parse(path[Prefix.Length..end], System.Globalization.CultureInfo.InvariantCulture);
    }
}

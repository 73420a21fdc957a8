using System.Text.Json.Nodes;
using PreAuthKit.Fhir.Tests.Support;

namespace PreAuthKit.Fhir.Tests.Validation;

/// <summary>
/// Issue 18, item 3: the exported bundles validate with Firely.Fhir.Validation.R4 against the FHIR R4 core definitions and
/// against every PAS 2.2.1 / US Core 7.0.0 profile they claim whose definitions resolve and compile. What cannot be resolved
/// (the PAS Claim profile; X12, LOINC and BCP-13 terminology) is listed, never counted as passed; the Claim is checked
/// against its snapshot instead (<see cref="SnapshotCheck"/>). The resolver is built once for all tests.
/// </summary>
[NonParallelizable]
public sealed class PasValidationTests
{
    private static IEnumerable<string> PreAuthorizations() => SampleCases.PreAuthorizations();

    [TestCaseSource(nameof(PreAuthorizations))]
    public async Task Exported_bundle_has_no_errors_against_core_and_the_resolvable_PAS_profiles(string name)
    {
        var file = SampleCases.Load(name);
        var letter = new PreAuthGenerator().Render(file, DocumentKind.PreAuthorization).Document!;
        var json = new PasExporter().Export(file.Case, letter.Pdf, SampleCases.Documents(file)).Json!;
        var report = Validate(json);
        await TestContext.Out.WriteLineAsync($"{name}: {report.Summary()}");
        foreach (var issue in report.Errors)
        {
            await TestContext.Out.WriteLineAsync("  " + issue);
        }

        Assert.Multiple(() =>
        {
            Assert.That(report.CoreErrors, Is.Empty, "core");
            Assert.That(report.Errors, Is.Empty, "profiles");
            Assert.That(report.Unresolved, Is.EquivalentTo(new[] { FhirSystems.PasClaim, FhirSystems.PasRequestBundle }), "only the PAS Claim profile (and the request bundle that uses it) cannot be compiled by Firely 3.6.0");
            Assert.That(report.Validated, Does.Contain(FhirSystems.PasBeneficiary).And.Contain(FhirSystems.PasCoverage)
                .And.Contain(FhirSystems.PasInsurer).And.Contain(FhirSystems.PasRequestor).And.Contain(FhirSystems.PasPractitionerRole).And.Contain(FhirSystems.PasDocumentReference));
            Assert.That(report.ClaimSnapshot.Errors, Is.Empty, "PAS Claim snapshot check");
            Assert.That(report.ClaimSnapshot.Checked, Is.GreaterThan(20));
            Assert.That(report.BundleSnapshot.Errors, Is.Empty, "PAS request bundle snapshot check");
            Assert.That(report.BundleSnapshot.Checked, Is.GreaterThan(5));
            Assert.That(report.ClaimFirst, Is.True, "PAS constraint ClaimFirst: entry.first().resource is Claim");
        });
    }

    [Test]
    public void Complete_case_bundle_has_no_errors_either()
    {
        var c = Export.CompleteCaseRoundTripTests.Complete();
        var json = new PasExporter().Export(c, new byte[] { 0x25, 0x50, 0x44, 0x46 }, [new FhirDocument(FhirDocumentKind.Photo, 0, "image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 }, "")]).Json!;
        var report = Validate(json);
        TestContext.Out.WriteLine($"complete case: {report.Summary()}");

        Assert.Multiple(() =>
        {
            Assert.That(report.CoreErrors, Is.Empty, "core");
            Assert.That(report.Errors, Is.Empty, "profiles");
            Assert.That(report.ClaimSnapshot.Errors, Is.Empty, "PAS Claim snapshot check");
            Assert.That(report.BundleSnapshot.Errors, Is.Empty, "PAS request bundle snapshot check");
        });
    }

    [Test]
    public void A_broken_export_is_caught_by_the_same_validation()
    {
        var file = SampleCases.Load("burn-scar-forearm.json");
        var json = JsonNode.Parse(new PasExporter().Export(file.Case, new byte[] { 0x25, 0x50, 0x44, 0x46 }).Json!)!;
        var coverage = json["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject()).Single(r => r["resourceType"]!.GetValue<string>() == "Coverage");
        coverage.Remove("beneficiary");
        var claim = json["entry"]![0]!["resource"]!.AsObject();
        claim["item"]![0]!.AsObject().Remove("category");

        var report = Validate(json.ToJsonString());

        Assert.That(report.Errors.Any(e => e.Contains("profile-coverage", StringComparison.Ordinal)), Is.True, string.Join("\n", report.Errors));
        Assert.That(report.ClaimSnapshot.Errors, Has.Some.Contains("Claim.item.category"));
    }

    internal static BundleReport Validate(string json)
    {
        var v = ProfileValidator.Shared;
        var report = new BundleReport();
        var core = v.Validate(json, null);
        report.Add(core, isCore: true);
        var bundle = JsonNode.Parse(json)!.AsObject();
        report.Add(v.Validate(json, FhirSystems.PasRequestBundle), isCore: false);
        report.BundleSnapshot = SnapshotCheck.Check(bundle, "profile-pas-request-bundle");
        report.ClaimFirst = bundle["entry"]?[0]?["resource"]?["resourceType"]?.GetValue<string>() == "Claim";
        foreach (var entry in bundle["entry"]!.AsArray())
        {
            var resource = entry!["resource"]!.AsObject();
            foreach (var profile in resource["meta"]?["profile"]?.AsArray().Select(p => p!.GetValue<string>()) ?? [])
            {
                if (profile == FhirSystems.PasClaim)
                {
                    report.ClaimSnapshot = SnapshotCheck.Check(resource, "profile-claim");
                }

                report.Add(v.Validate(resource.ToJsonString(), profile), isCore: false);
            }
        }

        return report;
    }
}

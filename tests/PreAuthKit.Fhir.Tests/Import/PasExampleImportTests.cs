using PreAuthKit.Fhir.Tests.Support;
using UglyToad.PdfPig;

namespace PreAuthKit.Fhir.Tests.Import;

/// <summary>Issue 18, item 4: the IG's official example request bundles import, with findings only for what PreAuthKit does not model, and render letters.</summary>
public sealed class PasExampleImportTests
{
    /// <summary>Codes that say "PreAuthKit does not model this" or "the bundle lacks what the case needs" — never a crash or a parse failure.</summary>
    private static readonly string[] ExpectedCodes =
    [
        FhirFindingCodes.ResourceNotMapped, FhirFindingCodes.ElementNotMapped, FhirFindingCodes.Missing,
        FhirFindingCodes.NoProcedureCode, FhirFindingCodes.ExternalReference, FhirFindingCodes.Ambiguous,
    ];

    private static IEnumerable<string> Examples() => FhirPackage.RequestBundleExamples();

    [Test]
    public void The_package_holds_the_request_bundle_examples()
        => Assert.That(Examples().Select(Path.GetFileName), Is.SupersetOf(new[] { "Bundle-SurgicalRequestBundleExample.json", "Bundle-MedicalServicesAuthorizationBundleExample.json", "Bundle-ReferralAuthorizationBundleExample.json" }));

    [TestCaseSource(nameof(Examples))]
    public void Example_request_bundle_imports_with_findings_only_for_what_PreAuthKit_does_not_model(string name)
    {
        var result = new FhirImporter().Import(FhirPackage.Files(RepoPaths.PasPackage)[name]);

        Assert.That(result.Case, Is.Not.Null, string.Join("\n", result.Findings));
        Assert.That(result.Findings.Select(f => f.Code).Distinct(), Is.SubsetOf(ExpectedCodes), string.Join("\n", result.Findings));
        Assert.That(result.Findings, Has.All.Matches<FhirFinding>(f => f!.Path.StartsWith("Bundle", StringComparison.Ordinal)));
        Assert.That(result.Case!.Patient.LastName, Is.Not.Empty);
        Assert.That(result.Case.Payer.Name, Is.Not.Empty);
        Assert.That(result.Case.Patient.MemberId, Is.Not.Empty);
    }

    /// <summary>
    /// The IG's examples lack what a letter needs (no date of birth, NPIs that fail the check digit, some no diagnosis):
    /// PreAuthKit's validation blocks them, and each block is a field the import already reported or the bundle got wrong.
    /// Completed with the clinic's own (synthetic) data for exactly the blocking fields, the imported case renders a letter
    /// that carries the imported facts.
    /// </summary>
    [TestCaseSource(nameof(Examples))]
    public void Example_request_bundle_renders_a_letter_once_the_clinic_completes_the_blocking_fields(string name)
    {
        var imported = new FhirImporter().Import(FhirPackage.Files(RepoPaths.PasPackage)[name]);
        var c = imported.Case!;
        var generator = new PreAuthGenerator();
        var blocking = generator.Validate(imported.ToCaseInput()!).Errors.Select(e => e.Path).ToList();
        // Enclosures go into the packet as PDF, JPEG, PNG or TIFF (docs/packet.md); one the bundle only points at, or carries in another
        // format (the Referral example's text/plain note), is refused as not enclosable at attachments[i].path.
        var enclosed = imported.Documents
            .Where(d => d.Kind == FhirDocumentKind.Attachment && d.ContentType is "application/pdf" or "image/jpeg" or "image/png" or "image/tiff")
            .Select(d => d.Index).ToHashSet();
        var notEnclosed = Enumerable.Range(0, c.Attachments.Count).Where(i => !enclosed.Contains(i)).Select(i => $"attachments[{i}].path");
        Assert.That(blocking, Is.SubsetOf(new[] { "patient.dateOfBirth", "requestingProvider.npi", "servicingProvider.npi", "servicingProvider.name", "clinic.npi", "diagnoses", "procedures" }.Concat(notEnclosed)));
        if (blocking.Contains("patient.dateOfBirth"))
        {
            Assert.That(imported.Findings, Has.Some.Matches<FhirFinding>(f => f!.Path.EndsWith(".birthDate", StringComparison.Ordinal)));
        }

        // The clinic completes the blocking fields and leaves out the enclosures it does not have (the letter never lists what is not enclosed).
        var kept = Enumerable.Range(0, c.Attachments.Count).Where(enclosed.Contains).ToList();
        var completed = Complete(c) with { Attachments = [.. kept.Select(i => c.Attachments[i])] };
        var documents = imported.Documents.Where(d => d.Kind != FhirDocumentKind.Attachment || enclosed.Contains(d.Index))
            .Select(d => d.Kind == FhirDocumentKind.Attachment ? d with { Index = kept.IndexOf(d.Index) } : d).ToList();
        var rendered = generator.Render((imported with { Case = completed, Documents = documents }).ToCaseInput()!, DocumentKind.PreAuthorization);
        Assert.That(rendered.IsRendered, Is.True, string.Join("\n", rendered.Report.Findings));
        var letter = rendered.Document!;
        using var pdf = PdfDocument.Open(letter.Pdf.ToArray());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain(c.Payer.Name));
        Assert.That(text, Does.Contain(c.Patient.LastName));
        foreach (var p in c.Procedures)
        {
            Assert.That(text, Does.Contain(p.Code));
        }
    }

    private static Model.PreAuthCase Complete(Model.PreAuthCase c)
    {
        const string TestNpi = "1234567893"; // the CMS documentation's example NPI (valid check digit)
        static bool Valid(string? npi) => npi is { Length: 10 } && (npi[0] is '1' or '2') && LuhnValid(npi);
        return c with
        {
            Patient = c.Patient.DateOfBirth == default ? c.Patient with { DateOfBirth = new DateOnly(1970, 1, 1) } : c.Patient,
            RequestingProvider = Valid(c.RequestingProvider.Npi) ? c.RequestingProvider : c.RequestingProvider with { Npi = TestNpi },
            ServicingProvider = c.ServicingProvider with
            {
                Npi = Valid(c.ServicingProvider.Npi) ? c.ServicingProvider.Npi : TestNpi,
                Name = c.ServicingProvider.Name.Length > 0 ? c.ServicingProvider.Name : c.RequestingProvider.Name,
            },
            Clinic = c.Clinic is null || c.Clinic.Npi is null || Valid(c.Clinic.Npi) ? c.Clinic : c.Clinic with { Npi = null },
            Diagnoses = c.Diagnoses.Count > 0 ? c.Diagnoses : [new Model.Diagnosis { Code = "R69", Primary = true }],
            Procedures = c.Procedures.Count > 0 ? c.Procedures : [new Model.Procedure { Code = "99199", Description = "Service as described in the request" }],
        };
    }

    private static bool LuhnValid(string npi)
    {
        var digits = "80840" + npi;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    [Test]
    public void Surgical_example_maps_the_claim_the_coverage_and_the_diagnosis()
    {
        var result = new FhirImporter().Import(FhirPackage.Files(RepoPaths.PasPackage)["package/example/Bundle-SurgicalRequestBundleExample.json"]);
        var c = result.Case!;

        Assert.Multiple(() =>
        {
            Assert.That(c.CaseReference, Is.EqualTo("16139462398"));
            Assert.That(c.SubmittedOn, Is.EqualTo(new DateOnly(2020, 6, 24)));
            Assert.That(c.Patient.FirstName, Is.EqualTo("JOE"));
            Assert.That(c.Patient.LastName, Is.EqualTo("SMITH"));
            Assert.That(c.Patient.MemberId, Is.EqualTo("1122334455"));
            Assert.That(c.Payer.Name, Is.EqualTo("MARYLAND CAPITAL INSURANCE COMPANY"));
            Assert.That(c.Diagnoses.Select(d => (d.Code, d.Primary)), Is.EqualTo(new[] { ("C18.9", true) }));
            Assert.That(c.Procedures.Select(p => p.Code), Is.EqualTo(new[] { "33510" }));
            Assert.That(c.Procedures[0].PlaceOfService, Is.EqualTo(Model.PlaceOfService.InpatientHospital));
            Assert.That(c.Procedures[0].StartDate, Is.EqualTo(new DateOnly(2020, 7, 2)), "the encounter period dates the service");
            Assert.That(c.RequestingProvider.Name, Is.EqualTo("DR. JOE SMITH CORPORATION"));
            Assert.That(c.RequestingProvider.Npi, Is.EqualTo("8189991234"));
        });

        // The IG example's PractitionerRole points at a Practitioner id that is not in the bundle: reported, not fetched.
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.ExternalReference && f.Path == "Bundle.entry[6].resource.practitioner"));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.ElementNotMapped && f.Path == "Bundle.entry[0].resource.extension[0]"));
    }
}

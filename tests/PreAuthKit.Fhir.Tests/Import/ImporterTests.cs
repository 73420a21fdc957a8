namespace PreAuthKit.Fhir.Tests.Import;

/// <summary>Importer behaviour on hand-written EHR-style bundles (collection, transaction, contained, Binary, Media).</summary>
public sealed class ImporterTests
{
    private const string Patient = """
        { "fullUrl": "urn:uuid:11111111-1111-4111-8111-111111111111", "resource": { "resourceType": "Patient", "id": "p1",
          "name": [ { "family": "Sample", "given": [ "Jordan", "Lee" ] } ], "gender": "female", "birthDate": "1988-04-12",
          "telecom": [ { "system": "phone", "value": "(555) 010-4000" } ], "maritalStatus": { "text": "Married" } } }
        """;

    private static FhirImportResult Import(string type, params string[] entries)
        => new FhirImporter().Import($$"""{ "resourceType": "Bundle", "type": "{{type}}", "entry": [ {{string.Join(",", entries)}} ] }""");

    [Test]
    public void Not_json_is_an_error_finding_not_an_exception()
    {
        var result = new FhirImporter().Import("{ this is not json");

        Assert.That(result.Case, Is.Null);
        Assert.That(result.Findings.Single().Code, Is.EqualTo(FhirFindingCodes.Unreadable));
    }

    [Test]
    public void A_resource_that_is_not_a_bundle_is_refused()
    {
        var result = new FhirImporter().Import("""{ "resourceType": "Patient", "id": "x" }""");

        Assert.That(result.Case, Is.Null);
        Assert.That(result.Findings.Select(f => f.Code), Does.Contain(FhirFindingCodes.NotABundle));
    }

    [Test]
    public void A_bundle_without_a_patient_is_refused()
    {
        var result = Import("collection", """{ "resource": { "resourceType": "Organization", "name": "X" } }""");

        Assert.That(result.Case, Is.Null);
        Assert.That(result.Findings.Select(f => f.Code), Does.Contain(FhirFindingCodes.NoPatient));
    }

    [Test]
    public void Patient_name_given_names_and_unmapped_elements()
    {
        var result = Import("collection", Patient);

        Assert.That(result.Case!.Patient.FirstName, Is.EqualTo("Jordan Lee"));
        Assert.That(result.Case.Patient.LastName, Is.EqualTo("Sample"));
        Assert.That(result.Case.Patient.DateOfBirth, Is.EqualTo(new DateOnly(1988, 4, 12)));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.ElementNotMapped && f.Path == "Bundle.entry[0].resource.maritalStatus"));
    }

    [Test]
    public void Snomed_only_condition_is_reported_not_guessed_and_icd_condition_is_a_diagnosis()
    {
        var result = Import("collection", Patient,
            """{ "resource": { "resourceType": "Condition", "subject": { "reference": "Patient/p1" }, "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "69217004" } ] } } }""",
            """{ "resource": { "resourceType": "Condition", "subject": { "reference": "Patient/p1" }, "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "69217004" }, { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L91.0", "display": "Hypertrophic scar" } ] } } }""");

        Assert.That(result.Case!.Diagnoses.Select(d => (d.Code, d.Description, d.Primary)), Is.EqualTo(new[] { ("L91.0", "Hypertrophic scar", true) }));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.NoIcd10Cm && f.Path == "Bundle.entry[1].resource.code"));
    }

    [Test]
    public void Transaction_service_request_maps_cpt_modifiers_quantity_and_dates()
    {
        var result = Import("transaction", Patient,
            """
            { "resource": { "resourceType": "ServiceRequest", "status": "active", "intent": "order", "subject": { "reference": "Patient/p1" },
              "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "15780" } ], "text": "Dermabrasion, total face" },
              "orderDetail": [ { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "59" } ] } ],
              "quantityQuantity": { "value": 2 }, "occurrencePeriod": { "start": "2026-12-01", "end": "2027-01-31" } },
              "request": { "method": "POST", "url": "ServiceRequest" } }
            """);

        var p = result.Case!.Procedures.Single();
        Assert.That((p.Code, p.Description, p.Units, p.StartDate, p.EndDate), Is.EqualTo(("15780", "Dermabrasion, total face", 2, new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31))));
        Assert.That(p.Modifiers, Is.EqualTo(new[] { "59" }));
    }

    [Test]
    public void Fractional_quantity_and_unknown_service_codes_are_reported()
    {
        var result = Import("collection", Patient,
            """{ "resource": { "resourceType": "ServiceRequest", "status": "active", "intent": "order", "subject": { "reference": "Patient/p1" }, "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "17999" } ] }, "quantityQuantity": { "value": 1.5 } } }""",
            """{ "resource": { "resourceType": "ServiceRequest", "status": "active", "intent": "order", "subject": { "reference": "Patient/p1" }, "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "1234" } ] } } }""");

        Assert.That(result.Case!.Procedures.Single().Units, Is.EqualTo(1));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.ValueNotConverted && f.Path == "Bundle.entry[1].resource.quantity"));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.NoProcedureCode && f.Path == "Bundle.entry[2].resource.code"));
    }

    [Test]
    public void Coverage_and_payer_organization_with_contained_payer()
    {
        var result = Import("collection", Patient,
            """
            { "resource": { "resourceType": "Coverage", "status": "active", "subscriberId": "EXH123", "beneficiary": { "reference": "Patient/p1" },
              "contained": [ { "resourceType": "Organization", "id": "payer", "name": "Example Health Plan", "telecom": [ { "system": "fax", "value": "555-0100" } ] } ],
              "payor": [ { "reference": "#payer" } ],
              "class": [ { "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group" } ] }, "value": "GRP-1" },
                         { "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "rxbin" } ] }, "value": "999" } ] } }
            """);

        Assert.That(result.Case!.Patient.MemberId, Is.EqualTo("EXH123"));
        Assert.That(result.Case.Patient.GroupNumber, Is.EqualTo("GRP-1"));
        Assert.That(result.Case.Payer.Name, Is.EqualTo("Example Health Plan"));
        Assert.That(result.Case.Payer.Fax, Is.EqualTo("555-0100"));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Path == "Bundle.entry[1].resource.class[1]"));
        Assert.That(result.Findings, Has.None.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.ResourceNotMapped && f.Path.Contains("contained", StringComparison.Ordinal)));
    }

    [Test]
    public void Practitioner_role_with_npi_is_the_requesting_provider()
    {
        var result = Import("collection", Patient,
            """{ "fullUrl": "http://ehr.example/fhir/Practitioner/dr", "resource": { "resourceType": "Practitioner", "id": "dr", "identifier": [ { "system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893" } ], "name": [ { "family": "Example", "given": [ "Avery" ], "suffix": [ "MD" ] } ] } }""",
            """{ "resource": { "resourceType": "PractitionerRole", "practitioner": { "reference": "Practitioner/dr" }, "specialty": [ { "text": "Dermatology" } ], "telecom": [ { "system": "phone", "value": "555-0101" } ] } }""");

        var p = result.Case!.RequestingProvider;
        Assert.That((p.Name, p.Npi, p.Specialty, p.Phone), Is.EqualTo(("Avery Example, MD", "1234567893", "Dermatology", "555-0101")));
    }

    [Test]
    public void Inline_photo_binary_and_url_only_documents()
    {
        var jpeg = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xD9]);
        var result = Import("collection", Patient,
            $$"""{ "resource": { "resourceType": "Media", "status": "completed", "subject": { "reference": "Patient/p1" }, "createdDateTime": "2026-11-02", "bodySite": { "text": "Left forearm" }, "view": { "text": "Anterior" }, "note": [ { "text": "Pre-treatment" } ], "content": { "contentType": "image/jpeg", "data": "{{jpeg}}" } } }""",
            """{ "fullUrl": "urn:uuid:22222222-2222-4222-8222-222222222222", "resource": { "resourceType": "Binary", "contentType": "application/pdf", "data": "JVBERg==" } }""",
            """{ "resource": { "resourceType": "DocumentReference", "status": "current", "description": "Clinic notes", "content": [ { "attachment": { "contentType": "application/pdf", "url": "urn:uuid:22222222-2222-4222-8222-222222222222" } } ] } }""",
            """{ "resource": { "resourceType": "DocumentReference", "status": "current", "description": "Outside report", "content": [ { "attachment": { "contentType": "application/pdf", "url": "https://ehr.example/files/9" } } ] } }""");

        var c = result.Case!;
        Assert.That(c.Photos.Single(), Is.EqualTo(new Model.PhotoRecord { TakenOn = new DateOnly(2026, 11, 2), BodySite = "Left forearm", View = "Anterior", Description = "Pre-treatment" }));
        Assert.That(c.Attachments.Select(a => a.Title), Is.EqualTo(new[] { "Clinic notes", "Outside report" }));
        Assert.That(result.Documents.Select(d => (d.Kind, d.Index, d.ContentType, d.FhirPath)), Is.EqualTo(new[]
        {
            (FhirDocumentKind.Photo, 0, "image/jpeg", "Bundle.entry[1].resource.content.data"),
            (FhirDocumentKind.Attachment, 0, "application/pdf", "Bundle.entry[2].resource.data"),
        }));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.AttachmentNotInline && f.Path == "Bundle.entry[4].resource.content[0].attachment.url"));
        Assert.That(result.Findings, Has.None.Matches<FhirFinding>(f => f!.Path.StartsWith("Bundle.entry[2]", StringComparison.Ordinal)), "the Binary is used");
    }

    [Test]
    public void Unknown_elements_are_reported_by_the_parser_and_the_rest_still_imports()
    {
        var result = Import("collection", """{ "resource": { "resourceType": "Patient", "name": [ { "family": "Sample" } ], "favouriteColour": "blue", "birthDate": 1988 } }""");

        TestContext.Out.WriteLine(string.Join("\n", result.Findings));
        Assert.That(result.Case!.Patient.LastName, Is.EqualTo("Sample"));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Path.Contains("favouriteColour", StringComparison.Ordinal)));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.ParseIssue && f.Path.Contains("birthDate", StringComparison.Ordinal)));
    }

    [Test]
    public void Pain_and_exam_observations_are_measurements_and_a_lab_result_is_reported()
    {
        var result = Import("collection", Patient,
            """{ "resource": { "resourceType": "Observation", "status": "final", "subject": { "reference": "Patient/p1" }, "code": { "coding": [ { "system": "http://loinc.org", "code": "72514-3" } ], "text": "Pain severity" }, "effectiveDateTime": "2026-11-02", "valueQuantity": { "value": 4, "unit": "{score}" } } }""",
            """{ "resource": { "resourceType": "Observation", "status": "final", "category": [ { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "exam" } ] } ], "code": { "text": "Scar length" }, "valueQuantity": { "value": 7.5, "unit": "cm" }, "bodySite": { "text": "Left forearm" } } }""",
            """{ "resource": { "resourceType": "Observation", "status": "final", "category": [ { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory" } ] } ], "code": { "coding": [ { "system": "http://loinc.org", "code": "2339-0" } ] }, "valueQuantity": { "value": 95, "unit": "mg/dL" } } }""");

        Assert.That(result.Case!.Measurements.Select(m => (m.Kind, m.Name, m.Value, m.Unit, m.MeasuredOn, m.BodySite)), Is.EqualTo(new[]
        {
            (Model.MeasurementKind.PainScore, (string?)"Pain severity", (decimal?)4m, (string?)"{score}", (DateOnly?)new DateOnly(2026, 11, 2), (string?)null),
            (Model.MeasurementKind.Other, "Scar length", 7.5m, "cm", null, "Left forearm"),
        }));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.ResourceNotMapped && f.Path == "Bundle.entry[3].resource"));
    }

    [Test]
    public void Resources_of_another_patient_in_the_bundle_are_left_out()
    {
        var result = Import("searchset", Patient,
            """{ "fullUrl": "urn:uuid:33333333-3333-4333-8333-333333333333", "resource": { "resourceType": "Patient", "name": [ { "family": "Other" } ] } }""",
            """{ "resource": { "resourceType": "Condition", "subject": { "reference": "urn:uuid:33333333-3333-4333-8333-333333333333" }, "code": { "coding": [ { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L91.0" } ] } } }""",
            """{ "resource": { "resourceType": "Condition", "subject": { "reference": "urn:uuid:11111111-1111-4111-8111-111111111111" }, "code": { "coding": [ { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L90.5" } ] } } }""");

        Assert.That(result.Case!.Diagnoses.Select(d => d.Code), Is.EqualTo(new[] { "L90.5" }));
        Assert.That(result.Findings, Has.Some.Matches<FhirFinding>(f => f!.Code == FhirFindingCodes.Ambiguous && f.Path == "Bundle.entry[2].resource"));
    }
}

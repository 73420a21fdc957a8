using System.Globalization;
using Hl7.Fhir.Model;
using PreAuthKit.Fhir.Import;
using PreAuthKit.Model;
using FhirAddress = Hl7.Fhir.Model.Address;
using FhirAttachment = Hl7.Fhir.Model.Attachment;
using FhirPatient = Hl7.Fhir.Model.Patient;
using FhirProcedure = Hl7.Fhir.Model.Procedure;

namespace PreAuthKit.Fhir.Export;

/// <summary>
/// Builds the Da Vinci PAS 2.2.1 request bundle for one case (source: PAS 2.2.1 profiles
/// <c>profile-pas-request-bundle</c>, <c>profile-claim</c>, <c>profile-beneficiary</c>, <c>profile-coverage</c>,
/// <c>profile-insurer</c>, <c>profile-practitionerrole</c>, <c>profile-practitioner</c>, <c>profile-documentreference</c>).
/// The mapping is the table in docs/fhir.md.
/// </summary>
internal sealed class PasBundleBuilder(PreAuthCase c, PasExportOptions options, IReadOnlyList<FhirDocument> documents, FhirDocument? letter)
{
    private readonly DeterministicIds ids = new(c.CaseReference ?? Seed(c));
    private readonly Bundle bundle = new() { Type = Bundle.BundleType.Collection };
    private readonly Claim claim = new();
    private readonly List<FhirFinding> findings = [];

    public IReadOnlyList<FhirFinding> Findings => findings;

    public Bundle Build()
    {
        var created = c.SubmittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var instant = new DateTimeOffset(c.SubmittedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var identifier = c.CaseReference is { Length: > 0 } reference
            ? new Identifier(options.CaseReferenceSystem, reference)
            : new Identifier(FhirSystems.GeneratedReference, ids.Id("reference"));
        bundle.Id = ids.Id("bundle");
        bundle.Meta = new Meta { Profile = [FhirSystems.PasRequestBundle] };
        bundle.Identifier = identifier;
        bundle.Timestamp = instant;

        Add("claim", claim, FhirSystems.PasClaim);
        var beneficiary = Patient();
        var patient = Add("patient", beneficiary, FhirSystems.PasBeneficiary);
        var insurer = Add("insurer", Insurer(), FhirSystems.PasInsurer);
        var coverage = Add("coverage", Coverage(patient, insurer), FhirSystems.PasCoverage);
        string? clinic = c.Clinic is { } cl ? Add("clinic", Clinic(cl), FhirSystems.PasRequestor) : null;
        var requesting = AddProvider("requesting", c.RequestingProvider, clinic);
        var servicing = AddProvider("servicing", c.ServicingProvider, clinic);
        if (c.PrimaryCareProvider is { } pcp)
        {
            beneficiary.GeneralPractitioner.Add(new ResourceReference(AddProvider("pcp", pcp, null)));
        }

        claim.Identifier = [new Identifier(identifier.System, identifier.Value)];
        claim.Status = FinancialResourceStatusCodes.Active;
        claim.Type = new CodeableConcept(FhirSystems.ClaimType, "professional");
        claim.Use = ClaimUseCode.Preauthorization;
        claim.Patient = new ResourceReference(patient);
        claim.Created = created;
        claim.Insurer = new ResourceReference(insurer);
        claim.Provider = new ResourceReference(requesting);
        claim.Priority = new CodeableConcept(FhirSystems.ProcessPriority, c.ReviewType == ReviewType.Urgent ? "stat" : "normal");
        claim.CareTeam.Add(new Claim.CareTeamComponent
        {
            Extension = [new Extension(FhirSystems.ExtCareTeamClaimScope, new FhirBoolean(true))],
            Sequence = 1,
            Provider = new ResourceReference(servicing),
            Role = new CodeableConcept(FhirSystems.CareTeamRole, "primary"),
        });
        claim.Insurance.Add(new Claim.InsuranceComponent { Sequence = 1, Focal = true, Coverage = new ResourceReference(coverage) });
        Diagnoses();
        Items();
        Messages();
        PriorTreatments(patient);
        Measurements(patient);
        Documents(patient, instant);
        return bundle;
    }

    private string Add(string name, Resource resource, string? profile)
    {
        resource.Id = ids.Id(name);
        if (profile is not null)
        {
            resource.Meta = new Meta { Profile = [profile] };
        }

        var url = ids.FullUrl(name);
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = url, Resource = resource });
        return url;
    }

    private FhirPatient Patient()
    {
        var p = c.Patient;
        var patient = new FhirPatient
        {
            Identifier = [MemberIdentifier()],
            Name = [new HumanName { Family = p.LastName, Given = p.FirstName.Length > 0 ? [p.FirstName] : [] }],
            Gender = p.Sex switch
            {
                Sex.Female => AdministrativeGender.Female,
                Sex.Male => AdministrativeGender.Male,
                Sex.Other => AdministrativeGender.Other,
                _ => AdministrativeGender.Unknown,
            },
            BirthDate = p.DateOfBirth == default ? null : p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        AddTelecom(patient.Telecom, p.Phone, null);
        if (Address(p.Address) is { } a)
        {
            patient.Address.Add(a);
        }

        return patient;
    }

    private Identifier MemberIdentifier()
        => new(options.MemberIdSystem, c.Patient.MemberId) { Type = new CodeableConcept(FhirSystems.IdentifierType, "MB") };

    private Organization Insurer()
    {
        var p = c.Payer;
        var org = new Organization
        {
            Active = true,
            Name = p.Name,
            Type = [new CodeableConcept(FhirSystems.X12EntityIdentifier, "PR")],
        };
        if (p.PayerId is { Length: > 0 } id)
        {
            org.Identifier.Add(new Identifier(FhirSystems.PayerId, id) { Type = new CodeableConcept(FhirSystems.IdentifierType, "NIIP") });
        }

        AddTelecom(org.Telecom, p.Phone, p.Fax);
        if (Address(p.Address) is { } a)
        {
            org.Address.Add(a);
        }

        return org;
    }

    private Coverage Coverage(string patient, string insurer)
    {
        var p = c.Patient;
        var coverage = new Coverage
        {
            Identifier = [MemberIdentifier()],
            Status = FinancialResourceStatusCodes.Active,
            Type = new CodeableConcept(FhirSystems.PlanType, FhirValues.Kebab(c.Payer.PlanType.ToString())),
            SubscriberId = p.MemberId,
            Subscriber = new ResourceReference(patient),
            Beneficiary = new ResourceReference(patient),
            Relationship = new CodeableConcept(FhirSystems.SubscriberRelationship, "self"),
            Payor = [new ResourceReference(insurer)],
        };
        if (p.GroupNumber is { Length: > 0 } group)
        {
            coverage.Class.Add(new Coverage.ClassComponent { Type = new CodeableConcept(FhirSystems.CoverageClass, "group"), Value = group });
        }

        if (p.PlanName is { Length: > 0 } plan)
        {
            coverage.Class.Add(new Coverage.ClassComponent { Type = new CodeableConcept(FhirSystems.CoverageClass, "plan"), Value = plan, Name = plan });
        }

        return coverage;
    }

    private static Organization Clinic(Clinic clinic)
    {
        var org = new Organization { Active = true, Name = clinic.Name };
        if (clinic.Npi is { Length: > 0 } npi)
        {
            org.Identifier.Add(new Identifier(FhirSystems.Npi, npi));
        }

        AddTelecom(org.Telecom, clinic.Phone, clinic.Fax);
        if (Address(clinic.Address) is { } a)
        {
            org.Address.Add(a);
        }

        return org;
    }

    private string AddProvider(string name, Provider provider, string? organization)
    {
        var practitioner = new Practitioner
        {
            Identifier = provider.Npi.Length > 0 ? [new Identifier(FhirSystems.Npi, provider.Npi)] : [],
            Name = [new HumanName { Text = provider.Name, Family = FamilyName(provider.Name) }],
        };
        if (Address(provider.Address) is { } a)
        {
            practitioner.Address.Add(a);
        }

        var practitionerUrl = Add(name + "-practitioner", practitioner, FhirSystems.PasPractitioner);
        var role = new PractitionerRole { Practitioner = new ResourceReference(practitionerUrl) };
        if (organization is not null)
        {
            role.Organization = new ResourceReference(organization);
        }

        if (provider.Specialty is { Length: > 0 } specialty)
        {
            role.Specialty.Add(new CodeableConcept { Text = specialty });
        }

        AddTelecom(role.Telecom, provider.Phone, provider.Fax);
        if (provider.Email is { Length: > 0 } email)
        {
            role.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, email));
        }

        role.AvailabilityExceptions = provider.Availability is { Length: > 0 } availability ? availability : null;
        return Add(name + "-role", role, FhirSystems.PasPractitionerRole);
    }

    /// <summary>US Core requires <c>name.family</c>; the case holds one display name, so the family name is its last word before any comma (the text keeps the whole name).</summary>
    private static string FamilyName(string name)
    {
        var main = name.Split(',')[0].Trim();
        var words = main.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 ? words[^1] : name;
    }

    private void Diagnoses()
    {
        for (var i = 0; i < c.Diagnoses.Count; i++)
        {
            var d = c.Diagnoses[i];
            var dx = new Claim.DiagnosisComponent
            {
                Sequence = i + 1,
                Diagnosis = new CodeableConcept { Coding = [new Coding(FhirSystems.Icd10Cm, d.Code, d.Description)] },
            };
            if (d.Primary)
            {
                dx.Type.Add(new CodeableConcept(FhirSystems.PasTempCodes, "principal"));
            }

            claim.Diagnosis.Add(dx);
        }
    }

    private void Items()
    {
        if (c.Appeal is not null)
        {
            findings.Add(new FhirFinding(FhirFindingCodes.ExportAppeal, FhirFindingSeverity.Error, "appeal",
                "This is an appeal. Da Vinci PAS 2.2.1 carries prior-authorization requests only; send the appeal letter to the payer's appeals address instead."));
        }

        if (c.Policy is not null)
        {
            findings.Add(new FhirFinding(FhirFindingCodes.ExportPolicyInLetterOnly, FhirFindingSeverity.Information, "policy",
                "The medical-policy section (policy, attestations, cited criteria) has no PAS element; it travels in the enclosed letter PDF's criteria table."));
        }

        if (c.Procedures.Count == 0)
        {
            findings.Add(new FhirFinding(FhirFindingCodes.ExportNoProcedure, FhirFindingSeverity.Error, "procedures",
                "The case has no procedure; a PAS Claim needs at least one item. Add the requested procedure."));
        }

        var certification = c.RequestType switch
        {
            RequestType.Extension => "4",
            RequestType.Amendment => "S",
            _ => "I",
        };
        for (var i = 0; i < c.Procedures.Count; i++)
        {
            var p = c.Procedures[i];
            var system = char.IsAsciiLetter(p.Code.FirstOrDefault()) ? FhirSystems.Hcpcs : FhirSystems.Cpt;
            var item = new Claim.ItemComponent
            {
                Extension =
                [
                    new Extension(FhirSystems.ExtRequestType, new CodeableConcept(FhirSystems.X12RequestType, "HS")),
                    new Extension(FhirSystems.ExtCertificationType, new CodeableConcept(FhirSystems.X12CertificationType, certification)),
                ],
                Sequence = i + 1,
                CareTeamSequence = [1],
                DiagnosisSequence = [.. Enumerable.Range(1, Math.Min(c.Diagnoses.Count, 12))],
                Category = new CodeableConcept(FhirSystems.X12ServiceType, options.ServiceTypeCode),
                ProductOrService = new CodeableConcept { Coding = [new Coding(system, p.Code)], Text = p.Description },
                Quantity = new Quantity { Value = p.Units },
                Location = new CodeableConcept(FhirSystems.PlaceOfService, FhirValues.PlaceOfServiceCode(p.PlaceOfService)),
            };
            if (c.PriorAuthorizationNumber is { Length: > 0 } auth)
            {
                item.Extension.Add(new Extension(FhirSystems.ExtAuthorizationNumber, new FhirString(auth)));
            }

            foreach (var m in p.Modifiers)
            {
                item.Modifier.Add(new CodeableConcept(m.All(char.IsAsciiDigit) ? FhirSystems.Cpt : FhirSystems.Hcpcs, m));
            }

            if (p.StartDate is not null || p.EndDate is not null)
            {
                item.Serviced = new Period { Start = Date(p.StartDate), End = Date(p.EndDate) };
            }

            claim.Item.Add(item);
        }
    }

    private void Messages()
    {
        Message("submittedAt", c.SubmittedAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        Message("urgencyReason", c.UrgencyReason);
        foreach (var (prefix, provider) in new[] { ("requestingProvider", c.RequestingProvider), ("servicingProvider", c.ServicingProvider), ("primaryCareProvider", c.PrimaryCareProvider) })
        {
            Message($"{prefix}.contactPerson", provider?.ContactPerson);
            Message($"{prefix}.directLine", provider?.DirectLine);
        }

        for (var i = 0; i < c.Procedures.Count; i++)
        {
            Message($"procedures[{i}].frequency", c.Procedures[i].Frequency);
            Message($"procedures[{i}].comparableCode", c.Procedures[i].ComparableCode);
            Message($"procedures[{i}].unlistedNarrative", c.Procedures[i].UnlistedNarrative);
        }

        Message("history.condition", c.History.Condition);
        Message("history.onset", Date(c.History.Onset));
        Message("history.cause", c.History.Cause);
        var a = c.Assessment;
        Message("assessment.medicalNecessity", a.MedicalNecessity);
        Message("assessment.expectedBenefit", a.ExpectedBenefit);
        a.FunctionalImpairments.ToList().ForEach(x => Message("assessment.functionalImpairments", x));
        a.Symptoms.ToList().ForEach(x => Message("assessment.symptoms", x));
        Message("assessment.physician", a.Physician);
        Message("assessment.assessedOn", Date(a.AssessedOn));
        var t = c.TreatmentPlan;
        Message("treatmentPlan.sessions", t.Sessions?.ToString(CultureInfo.InvariantCulture));
        Message("treatmentPlan.interval", t.Interval);
        t.ExpectedOutcomes.ToList().ForEach(x => Message("treatmentPlan.expectedOutcomes", x));
        Message("treatmentPlan.rationale", t.Rationale);
        t.AlternativesConsidered.ToList().ForEach(x => Message("treatmentPlan.alternativesConsidered", x));
        for (var i = 0; i < c.Photos.Count; i++)
        {
            Message($"photos[{i}].bodySite", c.Photos[i].BodySite);
            Message($"photos[{i}].consentOnFile", c.Photos[i].ConsentOnFile ? "true" : null);
        }
    }

    private void Message(string field, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        claim.SupportingInfo.Add(new Claim.SupportingInformationComponent
        {
            Sequence = claim.SupportingInfo.Count + 1,
            Category = new CodeableConcept(FhirSystems.PasTempCodes, "freeFormMessage"),
            Code = new CodeableConcept(FhirSystems.CaseField, field),
            Value = new FhirString(text),
        });
    }

    private void PriorTreatments(string patient)
    {
        for (var i = 0; i < c.History.PriorTreatments.Count; i++)
        {
            var t = c.History.PriorTreatments[i];
            var dated = t.StartedOn is not null || t.EndedOn is not null;
            var procedure = new FhirProcedure
            {
                Status = dated ? EventStatus.Completed : EventStatus.Unknown,
                Code = new CodeableConcept { Text = t.Treatment },
                Subject = new ResourceReference(patient),
                Performed = dated ? new Period { Start = Date(t.StartedOn), End = Date(t.EndedOn) } : null,
                Outcome = t.Outcome is { Length: > 0 } outcome ? new CodeableConcept { Text = outcome } : null,
            };
            Add($"prior-treatment-{i}", procedure, FhirSystems.UsCoreProcedure);
        }
    }

    private void Measurements(string patient)
    {
        for (var i = 0; i < c.Measurements.Count; i++)
        {
            var m = c.Measurements[i];
            var code = new CodeableConcept { Coding = [new Coding(FhirSystems.MeasurementKind, FhirValues.Kebab(m.Kind.ToString()))], Text = m.Name };
            if (m.Kind == MeasurementKind.PainScore)
            {
                code.Coding.Add(new Coding(FhirSystems.Loinc, FhirSystems.PainLoinc));
            }

            var observation = new Observation
            {
                Status = ObservationStatus.Final,
                Category = [new CodeableConcept(FhirSystems.ObservationCategory, "exam")],
                Code = code,
                Subject = new ResourceReference(patient),
                Effective = m.MeasuredOn is { } d ? new FhirDateTime(Date(d)) : null,
                Value = m.Value is { } v ? new Quantity { Value = v, Unit = m.Unit } : null,
                Method = m.Method is { Length: > 0 } method ? new CodeableConcept { Text = method } : null,
                BodySite = m.BodySite is { Length: > 0 } site ? new CodeableConcept { Text = site } : null,
            };
            if (m.NormalValue is { } normal)
            {
                observation.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept(FhirSystems.MeasurementField, "normal"), Value = new Quantity { Value = normal, Unit = m.Unit } });
            }

            if (m.Target is { } target)
            {
                observation.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept(FhirSystems.MeasurementField, "target"), Value = new Quantity { Value = target, Unit = m.Unit } });
            }

            Add($"measurement-{i}", observation, null);
        }
    }

    private void Documents(string patient, DateTimeOffset instant)
    {
        if (letter is not null)
        {
            var doc = Document(patient, instant, FhirSystems.LetterLoinc, "Letter of medical necessity", "Letter of medical necessity", letter);
            doc.Identifier.Add(new Identifier(FhirSystems.CaseField, "letter"));
            Reference(Add("letter", doc, FhirSystems.PasDocumentReference), "Letter of medical necessity");
        }

        for (var i = 0; i < c.Photos.Count; i++)
        {
            var photo = c.Photos[i];
            var content = options.IncludePhotos ? Content(FhirDocumentKind.Photo, i) : null;
            var date = photo.TakenOn is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
            var doc = Document(patient, date, CaseAssembler.PhotoLoinc, photo.Description, photo.View, content);
            AddDocument($"photo-{i}", doc, content, photo.Description ?? "Clinical photograph");
        }

        for (var i = 0; i < c.Attachments.Count; i++)
        {
            var attachment = c.Attachments[i];
            var content = Content(FhirDocumentKind.Attachment, i);
            var date = attachment.Date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
            AddDocument($"attachment-{i}", Document(patient, date, FhirSystems.NoteLoinc, attachment.Title, attachment.Title, content), content, attachment.Title);
        }
    }

    /// <summary>
    /// A document with content is a PASDocumentReference referenced from the Claim (it is enclosed); one without content
    /// is a plain DocumentReference that describes it and is not referenced (PAS requires inline data, and the bundle
    /// never presents as enclosed what it does not carry).
    /// </summary>
    private void AddDocument(string name, DocumentReference doc, FhirDocument? content, string description)
    {
        if (content is null)
        {
            Add(name, doc, null);
            return;
        }

        Reference(Add(name, doc, FhirSystems.PasDocumentReference), description);
    }

    private FhirDocument? Content(FhirDocumentKind kind, int index)
    {
        var content = documents.FirstOrDefault(d => d.Kind == kind && d.Index == index);
        if (content is null)
        {
            var path = kind == FhirDocumentKind.Photo ? $"photos[{index}]" : $"attachments[{index}]";
            findings.Add(new FhirFinding(FhirFindingCodes.ExportDocumentSkipped, FhirFindingSeverity.Information, path,
                "No content was supplied for this document, so the bundle describes it without enclosing it."));
        }

        return content;
    }

    private static DocumentReference Document(string patient, DateTimeOffset? date, string loinc, string? description, string? title, FhirDocument? content)
    {
        var attachment = new FhirAttachment { Title = title };
        if (content is not null)
        {
            attachment.ContentType = content.ContentType;
            attachment.Data = content.Data.ToArray();
        }

        return new DocumentReference
        {
            Status = DocumentReferenceStatus.Current,
            Type = new CodeableConcept(FhirSystems.Loinc, loinc),
            Category = [new CodeableConcept(FhirSystems.UsCoreDocumentCategory, "clinical-note")],
            Subject = new ResourceReference(patient),
            Date = date,
            Description = description,
            Content = [new DocumentReference.ContentComponent { Attachment = attachment }],
        };
    }

    private void Reference(string url, string description)
    {
        claim.SupportingInfo.Add(new Claim.SupportingInformationComponent
        {
            Extension =
            [
                new Extension
                {
                    Url = FhirSystems.ExtDocumentInformation,
                    Extension =
                    [
                        new Extension("reportTypeCode", new CodeableConcept(FhirSystems.X12ReportType, "OZ")),
                        new Extension("transmissionMethod", new CodeableConcept(FhirSystems.X12TransmissionMethod, "EL")),
                        new Extension("description", new FhirString(description)),
                    ],
                },
            ],
            Sequence = claim.SupportingInfo.Count + 1,
            Category = new CodeableConcept(FhirSystems.PasTempCodes, "additionalInformation"),
            Value = new ResourceReference(url),
        });
    }

    private static void AddTelecom(List<ContactPoint> telecom, string? phone, string? fax)
    {
        if (phone is { Length: > 0 })
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, phone));
        }

        if (fax is { Length: > 0 })
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Fax, null, fax));
        }
    }

    private static FhirAddress? Address(Model.Address? a)
    {
        if (a is null)
        {
            return null;
        }

        var address = new FhirAddress { City = a.City, State = a.State, PostalCode = a.PostalCode };
        foreach (var line in new[] { a.Line1, a.Line2 })
        {
            if (line is { Length: > 0 })
            {
                address.LineElement.Add(new FhirString(line));
            }
        }

        return address;
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Seed(PreAuthCase c)
        => $"{c.Patient.MemberId}|{c.SubmittedOn:yyyy-MM-dd}|{string.Join(',', c.Procedures.Select(p => p.Code))}";
}

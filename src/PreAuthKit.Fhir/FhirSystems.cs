namespace PreAuthKit.Fhir;

/// <summary>
/// The code systems, identifier systems and profile URLs the importer reads and the exporter writes
/// (sources: FHIR R4 terminology, US Core 7.0.0, Da Vinci PAS 2.2.1; see docs/fhir.md).
/// </summary>
internal static class FhirSystems
{
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Snomed = "http://snomed.info/sct";
    public const string Cpt = "http://www.ama-assn.org/go/cpt";

    /// <summary>HCPCS as the PAS 2.2.1 examples spell it; the https form is accepted on import too.</summary>
    public const string Hcpcs = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public const string HcpcsHttps = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public const string Npi = "http://hl7.org/fhir/sid/us-npi";
    public const string PlaceOfService = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public const string CoverageClass = "http://terminology.hl7.org/CodeSystem/coverage-class";
    public const string SubscriberRelationship = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
    public const string ClaimType = "http://terminology.hl7.org/CodeSystem/claim-type";
    public const string ProcessPriority = "http://terminology.hl7.org/CodeSystem/processpriority";
    public const string CareTeamRole = "http://terminology.hl7.org/CodeSystem/claimcareteamrole";
    public const string PasTempCodes = "http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASTempCodes";
    public const string X12ServiceType = "https://codesystem.x12.org/005010/1365";
    public const string X12CertificationType = "https://codesystem.x12.org/005010/1322";
    public const string X12RequestType = "https://codesystem.x12.org/005010/1525";
    public const string X12LevelOfService = "https://codesystem.x12.org/005010/1338";
    public const string X12EntityIdentifier = "https://codesystem.x12.org/005010/98";
    public const string Loinc = "http://loinc.org";
    public const string UsCoreDocumentCategory = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string X12ReportType = "https://codesystem.x12.org/005010/755";
    public const string X12TransmissionMethod = "https://codesystem.x12.org/005010/756";

    /// <summary>LOINC 51851-4 "Administrative note": the rendered letter.</summary>
    public const string LetterLoinc = "51851-4";

    /// <summary>LOINC 34109-9 "Note": an enclosure.</summary>
    public const string NoteLoinc = "34109-9";

    /// <summary>Identifier system of a bundle whose case has no reference: the value is derived from the case.</summary>
    public const string GeneratedReference = "urn:preauthkit:generated";

    /// <summary>Identifier system of the payer ID (type NIIP) on the insurer organization.</summary>
    public const string PayerId = "urn:preauthkit:payer-id";

    /// <summary>
    /// PreAuthKit's own code system for case fields carried as PAS free-form messages
    /// (<c>Claim.supportingInfo</c> with category <c>freeFormMessage</c>); the code is the case path.
    /// </summary>
    public const string CaseField = "urn:preauthkit:case-field";

    /// <summary>PreAuthKit's measurement kinds (vss, range-of-motion, …), carried in <c>Observation.code</c>.</summary>
    public const string MeasurementKind = "urn:preauthkit:measurement-kind";

    /// <summary>The normal value and the target of a measurement, carried as <c>Observation.component</c> codes.</summary>
    public const string MeasurementField = "urn:preauthkit:measurement-field";

    /// <summary>LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported".</summary>
    public const string PainLoinc = "72514-3";

    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>PreAuthKit's plan types (commercial, ERISA, …), carried in <c>Coverage.type</c>.</summary>
    public const string PlanType = "urn:preauthkit:plan-type";

    public const string PasBase = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/";
    public const string PasRequestBundle = PasBase + "profile-pas-request-bundle";
    public const string PasClaim = PasBase + "profile-claim";
    public const string PasBeneficiary = PasBase + "profile-beneficiary";
    public const string PasCoverage = PasBase + "profile-coverage";
    public const string PasInsurer = PasBase + "profile-insurer";
    public const string PasRequestor = PasBase + "profile-requestor";
    public const string PasPractitioner = PasBase + "profile-practitioner";
    public const string PasPractitionerRole = PasBase + "profile-practitionerrole";
    public const string PasDocumentReference = PasBase + "profile-documentreference";
    public const string PasOrganization = PasBase + "profile-organization";
    public const string ExtRequestType = PasBase + "extension-serviceItemRequestType";
    public const string ExtCertificationType = PasBase + "extension-certificationType";
    public const string ExtAuthorizationNumber = PasBase + "extension-authorizationNumber";
    public const string ExtCareTeamClaimScope = PasBase + "extension-careTeamClaimScope";
    public const string ExtDocumentInformation = PasBase + "extension-documentInformation";
    public const string UsCoreProcedure = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-procedure";

    public static bool IsHcpcs(string? system) => system is Hcpcs or HcpcsHttps;

    public static bool IsProcedureCodeSystem(string? system) => system == Cpt || IsHcpcs(system);
}

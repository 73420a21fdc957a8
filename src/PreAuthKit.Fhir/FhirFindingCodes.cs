namespace PreAuthKit.Fhir;

/// <summary>
/// The finding codes of the FHIR importer (<c>PAK-FHIR-0xx</c>) and the PAS exporter (<c>PAK-FHIR-1xx</c>), one place;
/// docs/fhir.md lists them with their meaning.
/// </summary>
public static class FhirFindingCodes
{
    /// <summary>The input is not JSON, or not a FHIR R4 resource.</summary>
    public const string Unreadable = "PAK-FHIR-001";

    /// <summary>The JSON is a FHIR resource but not a Bundle.</summary>
    public const string NotABundle = "PAK-FHIR-002";

    /// <summary>The FHIR parser found an element it could not read (unknown element, wrong type); it was skipped.</summary>
    public const string ParseIssue = "PAK-FHIR-003";

    /// <summary>The bundle holds no Patient, so there is no case to build.</summary>
    public const string NoPatient = "PAK-FHIR-004";

    /// <summary>The bundle is of a type PreAuthKit does not expect (it is read all the same).</summary>
    public const string UnexpectedBundleType = "PAK-FHIR-005";

    /// <summary>A resource in the bundle is not used by the case.</summary>
    public const string ResourceNotMapped = "PAK-FHIR-010";

    /// <summary>An element of a used resource is not modelled by PreAuthKit.</summary>
    public const string ElementNotMapped = "PAK-FHIR-011";

    /// <summary>A second candidate (a second patient, coverage or claim) was found; the first one is used.</summary>
    public const string Ambiguous = "PAK-FHIR-012";

    /// <summary>A condition or diagnosis has no ICD-10-CM coding (for example SNOMED CT only); it is reported, never translated.</summary>
    public const string NoIcd10Cm = "PAK-FHIR-020";

    /// <summary>A service or procedure has no CPT or HCPCS coding.</summary>
    public const string NoProcedureCode = "PAK-FHIR-021";

    /// <summary>A reference points outside the bundle; it is not fetched.</summary>
    public const string ExternalReference = "PAK-FHIR-022";

    /// <summary>An attachment has a URL but no inline data; it is not fetched.</summary>
    public const string AttachmentNotInline = "PAK-FHIR-023";

    /// <summary>A value could not be converted (a partial date, a fractional quantity, an unknown code).</summary>
    public const string ValueNotConverted = "PAK-FHIR-024";

    /// <summary>A field the case needs is not in the bundle (member ID, NPI, payer).</summary>
    public const string Missing = "PAK-FHIR-025";

    /// <summary>The case has no procedure, so the PAS Claim cannot carry an item.</summary>
    public const string ExportNoProcedure = "PAK-FHIR-101";

    /// <summary>A photo or attachment could not be embedded (no content given for it).</summary>
    public const string ExportDocumentSkipped = "PAK-FHIR-103";

    /// <summary>The case is an appeal; PAS 2.2.1 has no appeal request, so no bundle is produced.</summary>
    public const string ExportAppeal = "PAK-FHIR-104";

    /// <summary>
    /// The case's <c>policy</c> section (medical policy, physician attestations, cited criteria) is not
    /// carried as PAS data: PAS 2.2.1 has no element for a payer medical-policy crosswalk. The enclosed
    /// letter PDF carries it (the criteria table and the attestations), so nothing is lost; the finding
    /// says so.
    /// </summary>
    public const string ExportPolicyInLetterOnly = "PAK-FHIR-105";
}

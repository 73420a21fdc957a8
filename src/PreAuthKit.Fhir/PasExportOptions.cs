namespace PreAuthKit.Fhir;

/// <summary>Options of the <see cref="PasExporter"/>. Immutable; the defaults produce a valid PAS 2.2.1 request bundle.</summary>
public sealed record PasExportOptions
{
    /// <summary>
    /// The identifier system of the bundle and Claim identifier (the PAS trace number) when the case has a
    /// <c>caseReference</c>. Default <c>urn:preauthkit:case-reference</c>; a clinic should set its own system URI.
    /// </summary>
    public string CaseReferenceSystem { get; init; } = "urn:preauthkit:case-reference";

    /// <summary>The identifier system of the member ID (Patient and Coverage identifiers). Default <c>urn:preauthkit:member-id</c>; set the payer's system when known.</summary>
    public string MemberIdSystem { get; init; } = "urn:preauthkit:member-id";

    /// <summary>
    /// Whether photos for which content is supplied are embedded as PASDocumentReference (default <see langword="true"/>).
    /// When <see langword="false"/> photos are described (date, view, description) without their images.
    /// </summary>
    public bool IncludePhotos { get; init; } = true;

    /// <summary>The X12 service type code (code list 1365) of every Claim item. Default <c>1</c> (medical care).</summary>
    public string ServiceTypeCode { get; init; } = "1";
}

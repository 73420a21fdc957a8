namespace PreAuthKit.Fhir;

/// <summary>What an imported <see cref="FhirDocument"/> is in the case.</summary>
public enum FhirDocumentKind
{
    /// <summary>A clinical photograph: an entry of the case's <c>photos</c>.</summary>
    Photo,

    /// <summary>An enclosure (clinic notes, reports): an entry of the case's <c>attachments</c>.</summary>
    Attachment,
}

namespace PreAuthKit.Fhir;

/// <summary>
/// A photograph or enclosure whose content came inline in the bundle (<c>attachment.data</c>, a <c>Binary</c>
/// in the bundle, or a contained resource). The importer never writes it to disk and never fetches a URL:
/// the host decides where the bytes go. <see cref="Index"/> points at the case's <c>photos</c> or
/// <c>attachments</c> entry it belongs to.
/// </summary>
/// <param name="Kind">Whether it is a photograph (<c>photos[Index]</c>) or an enclosure (<c>attachments[Index]</c>).</param>
/// <param name="Index">The index in the case's photos or attachments list.</param>
/// <param name="ContentType">The declared MIME type, for example <c>image/jpeg</c> or <c>application/pdf</c>.</param>
/// <param name="Data">The decoded bytes.</param>
/// <param name="FhirPath">Where in the bundle the content was found.</param>
public sealed record FhirDocument(FhirDocumentKind Kind, int Index, string ContentType, ReadOnlyMemory<byte> Data, string FhirPath);

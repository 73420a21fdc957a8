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
public sealed record FhirDocument(FhirDocumentKind Kind, int Index, string ContentType, ReadOnlyMemory<byte> Data, string FhirPath)
{
    /// <summary>
    /// The name the document goes by outside the bundle: <c>photo-1.jpg</c>, <c>attachment-2.pdf</c>… (kind, one-based index and an
    /// extension from <see cref="ContentType"/>; never anything the bundle names). It is the content key of
    /// <see cref="FhirImportResult.ToCaseInput"/> and the file name a host uses when it stores the content beside a case file.
    /// </summary>
    public string FileName => $"{(Kind == FhirDocumentKind.Photo ? "photo" : "attachment")}-{Index + 1}{Extension(ContentType)}";

    private static string Extension(string contentType) => contentType.ToLowerInvariant() switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/heic" => ".heic",
        "image/tiff" => ".tif",
        "application/pdf" => ".pdf",
        "text/plain" => ".txt",
        _ => ".bin",
    };
}

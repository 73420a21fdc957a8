using PreAuthKit.Model;

namespace PreAuthKit.Fhir;

/// <summary>
/// The outcome of <see cref="FhirImporter.Import(string)"/>: the case (unless an error finding says the bundle was unusable),
/// every finding (what was not mapped, with its FHIR path), and the inline documents.
/// </summary>
public sealed record FhirImportResult
{
    /// <summary>The imported case, or <see langword="null"/> when <see cref="Findings"/> holds an error.</summary>
    public PreAuthCase? Case { get; init; }

    /// <summary>Everything the importer could not map or mapped with a caveat, in bundle order.</summary>
    public IReadOnlyList<FhirFinding> Findings { get; init; } = [];

    /// <summary>Photographs and enclosures whose content was inline in the bundle.</summary>
    public IReadOnlyList<FhirDocument> Documents { get; init; } = [];

    /// <summary>
    /// The imported case as input for <see cref="PreAuthGenerator"/> (<see cref="CaseInput.FromCase"/>): each inline document is an
    /// in-memory byte source under its <see cref="FhirDocument.FileName"/>, and the photo or attachment it belongs to references that
    /// name. Nothing is written to disk. <see langword="null"/> when no case was produced.
    /// </summary>
    public CaseInput? ToCaseInput()
    {
        if (Case is not { } c)
        {
            return null;
        }

        var photos = c.Photos.ToArray();
        var attachments = c.Attachments.ToArray();
        var sources = new Dictionary<string, ContentSource>(StringComparer.Ordinal);
        foreach (var d in Documents)
        {
            sources[d.FileName] = ContentSource.FromBytes(d.Data);
            if (d.Kind == FhirDocumentKind.Photo && d.Index < photos.Length)
            {
                photos[d.Index] = photos[d.Index] with { Path = d.FileName };
            }
            else if (d.Kind == FhirDocumentKind.Attachment && d.Index < attachments.Length)
            {
                attachments[d.Index] = attachments[d.Index] with { Path = d.FileName };
            }
        }

        return CaseInput.FromCase(c with { Photos = photos, Attachments = attachments }, sources);
    }

    /// <summary><see langword="true"/> when a case was produced (no error findings).</summary>
    public bool Succeeded => Case is not null;
}

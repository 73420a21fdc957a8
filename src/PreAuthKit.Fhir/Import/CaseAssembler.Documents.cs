using Hl7.Fhir.Model;
using PreAuthKit.Model;

namespace PreAuthKit.Fhir.Import;

/// <content>DocumentReference, Media and Binary: photographs and enclosures, inline content only.</content>
internal sealed partial class CaseAssembler
{
    /// <summary>LOINC 72170-4 "Photographic image" marks a document as a clinical photograph.</summary>
    internal const string PhotoLoinc = "72170-4";

    private (List<PhotoRecord> Photos, List<Model.Attachment> Attachments) ReadDocuments(IndexedResource? claim)
    {
        var photos = new List<PhotoRecord>();
        var attachments = new List<Model.Attachment>();
        foreach (var item in ctx.Index.All)
        {
            switch (item.Resource)
            {
                case DocumentReference d when !OtherPatient(item, d.Subject):
                    ReadDocumentReference(item, d, photos, attachments);
                    break;
                case Media m when !OtherPatient(item, m.Subject):
                    ReadMedia(item, m, photos, attachments);
                    break;
            }
        }

        if (claim?.Resource is Claim c)
        {
            for (var i = 0; i < c.SupportingInfo.Count; i++)
            {
                var info = c.SupportingInfo[i];
                if (info.Category?.Coding.Any(x => x.Code == "additionalInformation") == true && info.Value is ResourceReference r)
                {
                    Resolve(r, claim, $"supportingInfo[{i}].valueReference");
                }
            }
        }

        for (var i = 0; i < photos.Count; i++)
        {
            photos[i] = photos[i] with { BodySite = fields.PhotoBodySites.GetValueOrDefault(i) ?? photos[i].BodySite, ConsentOnFile = fields.PhotoConsents.Contains(i) };
        }

        return (photos, attachments);
    }

    private void ReadDocumentReference(IndexedResource item, DocumentReference d, List<PhotoRecord> photos, List<Model.Attachment> attachments)
    {
        if (d.Identifier.Any(i => i.System == FhirSystems.CaseField && i.Value == "letter"))
        {
            item.Use();
            item.Mapped.UnionWith(d.EnumerateElements().Select(e => e.Key));
            ctx.Report(FhirFindingCodes.ResourceNotMapped, FhirFindingSeverity.Information, item.Path,
                "This is the letter PreAuthKit rendered for an earlier request; it is not case input and is left out.");
            return;
        }

        item.Use("status", "docStatus", "type", "category", "subject", "date", "description", "content", "author", "identifier");
        if (d.Content.Count == 0)
        {
            ctx.Report(FhirFindingCodes.Missing, FhirFindingSeverity.Warning, $"{item.Path}.content", "The document has no content.");
            return;
        }

        for (var i = 1; i < d.Content.Count; i++)
        {
            ctx.Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{item.Path}.content[{i}]", "Only the first content of a document is used; this one is left out.");
        }

        var a = d.Content[0].Attachment;
        var path = $"{item.Path}.content[0].attachment";
        // A LOINC document type decides (an image of a clinic note is an enclosure, not a photograph); without one, an image is a photograph.
        var loinc = d.Type?.Coding.Where(x => x.System == FhirSystems.Loinc).Select(x => x.Code).ToList() ?? [];
        var isPhoto = loinc.Contains(PhotoLoinc)
            || (loinc.Count == 0 && a?.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true);
        var date = FhirValues.Date(d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) ?? FhirValues.Date(a?.Creation);
        if (isPhoto)
        {
            AddContent(item, a, path, FhirDocumentKind.Photo, photos.Count);
            photos.Add(new PhotoRecord { TakenOn = date, Description = d.Description, View = a?.Title });
        }
        else
        {
            AddContent(item, a, path, FhirDocumentKind.Attachment, attachments.Count);
            attachments.Add(new Model.Attachment { Title = d.Description ?? a?.Title ?? FhirValues.Text(d.Type) ?? "Document", Date = date });
        }
    }

    private void ReadMedia(IndexedResource item, Media m, List<PhotoRecord> photos, List<Model.Attachment> attachments)
    {
        item.Use("status", "type", "subject", "created", "bodySite", "view", "note", "content", "modality");
        var a = m.Content;
        var isImage = a?.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) != false;
        if (!isImage)
        {
            AddContent(item, a, $"{item.Path}.content", FhirDocumentKind.Attachment, attachments.Count);
            attachments.Add(new Model.Attachment { Title = a?.Title ?? m.Note.FirstOrDefault()?.Text ?? "Media" });
            return;
        }

        AddContent(item, a, $"{item.Path}.content", FhirDocumentKind.Photo, photos.Count);
        photos.Add(new PhotoRecord
        {
            TakenOn = FhirValues.Date((m.Created as FhirDateTime)?.Value) ?? FhirValues.Date(a?.Creation),
            BodySite = FhirValues.Text(m.BodySite),
            View = FhirValues.Text(m.View) ?? a?.Title,
            Description = m.Note.FirstOrDefault()?.Text,
        });
    }

    private void AddContent(IndexedResource owner, Hl7.Fhir.Model.Attachment? a, string path, FhirDocumentKind kind, int index)
    {
        if (a is null)
        {
            return;
        }

        if (a.Data is { Length: > 0 } data)
        {
            ctx.Documents.Add(new FhirDocument(kind, index, a.ContentType ?? "application/octet-stream", data, $"{path}.data"));
            return;
        }

        if (string.IsNullOrWhiteSpace(a.Url))
        {
            return;
        }

        // A Binary in the bundle ("Binary/1", "urn:uuid:…", "#contained") is inline content; any other URL is not fetched.
        var hit = ctx.Index.Resolve(new ResourceReference(a.Url), owner, out _);
        if (hit?.Resource is Binary b && b.Data is { Length: > 0 } bytes)
        {
            hit.Use("contentType", "data", "securityContext");
            ctx.Documents.Add(new FhirDocument(kind, index, b.ContentType ?? a.ContentType ?? "application/octet-stream", bytes, $"{hit.Path}.data"));
            return;
        }

        ctx.Report(FhirFindingCodes.AttachmentNotInline, FhirFindingSeverity.Warning, $"{path}.url",
            "The content is only referenced by URL; PreAuthKit never fetches over the network. Put the content inline (attachment.data) or in a Binary in the bundle.");
    }
}

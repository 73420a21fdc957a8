using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using PreAuthKit.Fhir.Export;
using PreAuthKit.Model;

namespace PreAuthKit.Fhir;

/// <summary>
/// Exports a case as a Da Vinci PAS 2.2.1 prior-authorization request Bundle (JSON): the PAS Claim
/// (<c>use = preauthorization</c>), the beneficiary, coverage, insurer and requesting provider, and the rendered letter
/// (and photos and enclosures whose content is supplied) as PASDocumentReference with inline <c>attachment.data</c>.
/// Deterministic: ids come from the case reference and timestamps from <c>submittedOn</c>, so the same case and content give the same bytes.
/// Thread-safe.
/// </summary>
public sealed class PasExporter
{
    private readonly PasExportOptions options;
    private readonly BaseFhirJsonSerializer serializer = new(ModelInfo.ModelInspector);

    /// <summary>Creates an exporter; the options are checked here, once.</summary>
    /// <param name="options">The export options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">An identifier system is not an absolute URI, or the service type code is empty.</exception>
    public PasExporter(PasExportOptions? options = null)
    {
        options ??= new PasExportOptions();
        foreach (var (value, name) in new[] { (options.CaseReferenceSystem, nameof(PasExportOptions.CaseReferenceSystem)), (options.MemberIdSystem, nameof(PasExportOptions.MemberIdSystem)) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                throw new ArgumentException($"{name} must be an absolute URI (for example urn:oid:… or https://…).", nameof(options));
            }
        }

        if (string.IsNullOrWhiteSpace(options.ServiceTypeCode))
        {
            throw new ArgumentException($"{nameof(PasExportOptions.ServiceTypeCode)} must be an X12 service type code, for example 1.", nameof(options));
        }

        this.options = options;
    }

    /// <summary>Exports a case.</summary>
    /// <param name="case">The case (validate it first: the exporter carries what it is given).</param>
    /// <param name="letterPdf">The rendered letter's PDF bytes, embedded as a PASDocumentReference; empty to leave it out.</param>
    /// <param name="documents">Content for the case's photos and attachments (by index), for example from <see cref="FhirImportResult.Documents"/>; <see langword="null"/> for none.</param>
    /// <returns>The bundle JSON, or the error findings that prevented it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public PasExportResult Export(PreAuthCase @case, ReadOnlyMemory<byte> letterPdf = default, IReadOnlyList<FhirDocument>? documents = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var letter = letterPdf.IsEmpty ? null : new FhirDocument(FhirDocumentKind.Attachment, -1, "application/pdf", letterPdf, "");
        var builder = new PasBundleBuilder(@case, options, documents ?? [], letter);
        var bundle = builder.Build();
        if (builder.Findings.Any(f => f.Severity == FhirFindingSeverity.Error))
        {
            return new PasExportResult { Findings = builder.Findings };
        }

        return new PasExportResult { Json = Serialize(bundle), Findings = builder.Findings };
    }

    private string Serialize(Bundle bundle)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            serializer.Serialize(bundle, writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}

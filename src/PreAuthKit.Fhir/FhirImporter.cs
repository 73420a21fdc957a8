using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using PreAuthKit.Fhir.Import;

namespace PreAuthKit.Fhir;

/// <summary>
/// Imports a FHIR R4 Bundle (JSON: collection, transaction, batch or a Da Vinci PAS request bundle) into a
/// PreAuthKit case. Every element that cannot be mapped is a <see cref="FhirFinding"/> with its FHIR path; nothing is
/// fetched over the network and nothing is written to disk. Thread-safe: one instance can serve many imports.
/// </summary>
public sealed class FhirImporter
{
    /// <summary>The largest bundle read, in bytes (64 MiB): inline photos make bundles large, but not unbounded.</summary>
    public const int MaxBundleBytes = 64 * 1024 * 1024;

    private readonly FhirJsonDeserializer deserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));

    /// <summary>Imports a bundle from its JSON text.</summary>
    /// <param name="json">The bundle's JSON.</param>
    /// <returns>The case (or an error finding) and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public FhirImportResult Import(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Import(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Imports a bundle from a stream of UTF-8 JSON (read to the end, at most <see cref="MaxBundleBytes"/>).</summary>
    /// <param name="stream">The bundle's JSON.</param>
    /// <returns>The case (or an error finding) and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public FhirImportResult Import(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBundleBytes)
            {
                return Fail(FhirFindingCodes.Unreadable, $"The bundle is larger than {MaxBundleBytes / (1024 * 1024)} MiB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Import(buffer.ToArray());
    }

    private FhirImportResult Import(byte[] utf8)
    {
        if (utf8.Length > MaxBundleBytes)
        {
            return Fail(FhirFindingCodes.Unreadable, $"The bundle is larger than {MaxBundleBytes / (1024 * 1024)} MiB.");
        }

        Resource? resource;
        IEnumerable<Hl7.Fhir.Utility.CodedException> issues;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            deserializer.TryDeserializeResource(ref reader, out resource, out issues);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            return Fail(FhirFindingCodes.Unreadable, $"The file is not a readable FHIR JSON resource ({ex.GetType().Name}).");
        }

        var findings = new List<FhirFinding>();
        foreach (var issue in issues ?? [])
        {
            var where = issue is Hl7.Fhir.Utility.ExtendedCodedException e && !string.IsNullOrEmpty(e.InstancePath) ? e.InstancePath : "Bundle";
            findings.Add(new FhirFinding(FhirFindingCodes.ParseIssue, FhirFindingSeverity.Warning, where,
                $"The FHIR parser skipped or could not read this element ({issue.ErrorCode}). Check the bundle against FHIR R4."));
        }

        if (resource is null)
        {
            findings.Add(new FhirFinding(FhirFindingCodes.Unreadable, FhirFindingSeverity.Error, "$", "The file is not a readable FHIR R4 JSON resource."));
            return new FhirImportResult { Findings = findings };
        }

        if (resource is not Bundle bundle)
        {
            findings.Add(new FhirFinding(FhirFindingCodes.NotABundle, FhirFindingSeverity.Error, resource.TypeName,
                $"The file holds a {resource.TypeName}, not a Bundle. Export the patient's data as a FHIR Bundle."));
            return new FhirImportResult { Findings = findings };
        }

        if (bundle.Type is not (Bundle.BundleType.Collection or Bundle.BundleType.Transaction or Bundle.BundleType.Batch or Bundle.BundleType.Searchset or Bundle.BundleType.Document))
        {
            findings.Add(new FhirFinding(FhirFindingCodes.UnexpectedBundleType, FhirFindingSeverity.Information, "Bundle.type",
                $"The bundle type is '{bundle.Type?.ToString() ?? "missing"}'; it is read like a collection."));
        }

        PrimitiveSanitizer.Sanitize(bundle, "Bundle", findings);
        var ctx = new ImportContext(new BundleIndex(bundle));
        Model.PreAuthCase? @case;
        try
        {
            @case = new CaseAssembler(ctx).Assemble();
        }
        catch (Hl7.Fhir.Utility.CodedException ex)
        {
            // Defence in depth: a value the sanitizer let through and the SDK could not read.
            ctx.Report(FhirFindingCodes.Unreadable, FhirFindingSeverity.Error, "Bundle", $"An element of the bundle could not be read ({ex.ErrorCode}). Check the bundle against FHIR R4.");
            @case = null;
        }

        findings.AddRange(ctx.Findings);
        return new FhirImportResult { Case = @case, Findings = findings, Documents = ctx.Documents };
    }

    private static FhirImportResult Fail(string code, string message)
        => new() { Findings = [new FhirFinding(code, FhirFindingSeverity.Error, "$", message)] };
}

using System.Text.Json;
using PreAuthKit.Fhir;
using PreAuthKit.Model;

namespace PreAuthKit.Sample.Fhir;

/// <summary>
/// The host's FHIR plumbing: recognise a FHIR Bundle, import it, and store its inline photos and enclosures
/// as files beside a case file (the bundle's own content, named by position, never by anything in the bundle).
/// </summary>
internal static class FhirBundleFile
{
    /// <summary>Whether the JSON file's top-level <c>resourceType</c> is <c>Bundle</c> (reads only the start of the file).</summary>
    public static bool IsBundle(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[Math.Min(stream.Length, 64 * 1024)];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var reader = new Utf8JsonReader(buffer.AsSpan(0, read), isFinalBlock: read == stream.Length, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.CurrentDepth >= 1)
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("resourceType"))
                {
                    return reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("Bundle");
                }

                // TrySkip (not Skip, which throws on a partial buffer): a value that runs past the first 64 KiB before any
                // resourceType means the file is read as a case file.
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth == 1 && !reader.TrySkip())
                {
                    return false;
                }
            }

            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Imports a bundle file; a missing or unreadable file is an error finding.</summary>
    public static FhirImportResult Import(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return new FhirImporter().Import(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FhirImportResult
            {
                Findings = [new FhirFinding(FhirFindingCodes.Unreadable, FhirFindingSeverity.Error, "$", $"The bundle file '{Path.GetFileName(path)}' could not be read ({ex.GetType().Name}).")],
            };
        }
    }

    /// <summary>Exit code for an import without a case: 2 when the file is not a readable bundle, 1 when it is a bundle the case cannot come from.</summary>
    public static int ExitFor(FhirImportResult result)
        => result.Findings.Any(f => f.Code is FhirFindingCodes.Unreadable or FhirFindingCodes.NotABundle) ? SampleApp.Unreadable : SampleApp.Blocked;

    public static string Line(FhirFinding f) => $"{Severity(f.Severity)} {f.Code} at {f.Path}: {f.Message}";

    /// <summary>The import findings as case findings (section "case file"), for the JSON output of <c>validate</c>.</summary>
    public static ValidationFinding AsCaseFinding(FhirFinding f)
        => new(f.Code, f.Severity switch { FhirFindingSeverity.Error => FindingSeverity.Error, FhirFindingSeverity.Warning => FindingSeverity.Warning, _ => FindingSeverity.Info }, f.Path, f.Message, FindingSection.CaseFile);

    /// <summary>
    /// Writes the inline documents under <paramref name="folder"/> (relative to <paramref name="baseDirectory"/>) as
    /// <c>photo-1.jpg</c>, <c>attachment-1.pdf</c>… and returns the case with those paths. Files are written under a
    /// temporary name and moved into place; on failure nothing stays behind.
    /// </summary>
    public static PreAuthCase Store(PreAuthCase c, IReadOnlyList<FhirDocument> documents, string baseDirectory, string folder)
    {
        if (documents.Count == 0)
        {
            return c;
        }

        var dir = Path.Combine(baseDirectory, folder);
        Directory.CreateDirectory(dir);
        var photos = c.Photos.ToArray();
        var attachments = c.Attachments.ToArray();
        var written = new List<string>();
        try
        {
            foreach (var d in documents)
            {
                var name = d.FileName;
                var target = Path.Combine(dir, name);
                File.WriteAllBytes(target + ".tmp", d.Data.ToArray());
                File.Move(target + ".tmp", target, overwrite: true);
                written.Add(target);
                var relative = Path.Combine(folder, name).Replace('\\', '/');
                if (d.Kind == FhirDocumentKind.Photo && d.Index < photos.Length)
                {
                    photos[d.Index] = photos[d.Index] with { Path = relative };
                }
                else if (d.Kind == FhirDocumentKind.Attachment && d.Index < attachments.Length)
                {
                    attachments[d.Index] = attachments[d.Index] with { Path = relative };
                }
            }
        }
        catch
        {
            foreach (var w in written)
            {
                File.Delete(w);
            }

            throw;
        }

        return c with { Photos = photos, Attachments = attachments };
    }

    private static string Severity(FhirFindingSeverity s) => s switch
    {
        FhirFindingSeverity.Error => "error",
        FhirFindingSeverity.Warning => "warning",
        _ => "info",
    };
}

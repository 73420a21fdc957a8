using PreAuthKit.CaseFiles;
using PreAuthKit.Model;

namespace PreAuthKit.Fhir.Tests.Support;

/// <summary>The repository's sample cases and their photo/attachment content read from the sample folder.</summary>
internal static class SampleCases
{
    public static IEnumerable<string> All()
        => Directory.EnumerateFiles(RepoPaths.SampleCases, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The pre-authorization samples (appeals are not PAS requests).</summary>
    public static IEnumerable<string> PreAuthorizations() => All().Where(n => Load(n).Case.Appeal is null);

    public static IEnumerable<string> Appeals() => All().Where(n => Load(n).Case.Appeal is not null);

    public static CaseFile Load(string name) => CaseFileReader.Load(Path.Combine(RepoPaths.SampleCases, name));

    /// <summary>The content of every photo and attachment whose file exists, as the exporter takes it.</summary>
    public static IReadOnlyList<FhirDocument> Documents(CaseFile file)
    {
        var list = new List<FhirDocument>();
        for (var i = 0; i < file.Case.Photos.Count; i++)
        {
            var path = Path.Combine(file.BaseDirectory, file.Case.Photos[i].Path);
            if (File.Exists(path))
            {
                list.Add(new FhirDocument(FhirDocumentKind.Photo, i, ContentType(path), File.ReadAllBytes(path), ""));
            }
        }

        for (var i = 0; i < file.Case.Attachments.Count; i++)
        {
            if (file.Case.Attachments[i].Path is { } p && File.Exists(Path.Combine(file.BaseDirectory, p)))
            {
                list.Add(new FhirDocument(FhirDocumentKind.Attachment, i, ContentType(p), File.ReadAllBytes(Path.Combine(file.BaseDirectory, p)), ""));
            }
        }

        return list;
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".tif" or ".tiff" => "image/tiff",
        _ => "application/pdf",
    };

    /// <summary>The case without file paths (a bundle carries content, never the clinic's file names).</summary>
    public static PreAuthCase WithoutPaths(PreAuthCase c) => c with
    {
        Photos = [.. c.Photos.Select(p => p with { Path = "" })],
        Attachments = [.. c.Attachments.Select(a => a with { Path = null })],
    };
}

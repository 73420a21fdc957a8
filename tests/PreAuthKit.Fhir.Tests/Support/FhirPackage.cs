using System.Formats.Tar;
using System.IO.Compression;

namespace PreAuthKit.Fhir.Tests.Support;

/// <summary>
/// Reads the JSON files of an npm-style FHIR package (<c>.tgz</c>) in memory, unmodified, straight from
/// <c>../shared/data</c> (nothing is copied into the repository; provenance and licence in each package's README there).
/// </summary>
internal static class FhirPackage
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Cache = [];

    /// <summary>All JSON files of the package, by path inside it (for example <c>package/example/Bundle-X.json</c>).</summary>
    public static IReadOnlyDictionary<string, string> Files(string tgz)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(tgz, out var hit))
            {
                return hit;
            }

            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            using var gz = new GZipStream(File.OpenRead(tgz), CompressionMode.Decompress);
            using var tar = new TarReader(gz);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.Name.EndsWith(".json", StringComparison.Ordinal) && entry.DataStream is { } data)
                {
                    using var reader = new StreamReader(data);
                    files[entry.Name] = reader.ReadToEnd();
                }
            }

            Cache[tgz] = files;
            return files;
        }
    }

    /// <summary>The IG's official example request bundles (<c>package/example/Bundle-*RequestBundleExample.json</c> and the other authorization request bundles).</summary>
    public static IEnumerable<string> RequestBundleExamples()
        => Files(RepoPaths.PasPackage).Keys
            .Where(k => k.StartsWith("package/example/Bundle-", StringComparison.Ordinal)
                && (k.EndsWith("RequestBundleExample.json", StringComparison.Ordinal) || k.EndsWith("AuthorizationBundleExample.json", StringComparison.Ordinal) || k.EndsWith("AuthorizationUpdateBundleExample.json", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
}

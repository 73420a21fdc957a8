using F = PreAuthKit.Validation.Findings.FindingCatalog.Photo;

namespace PreAuthKit.Photos;

/// <summary>References of a case built in memory: each is a plain name the host mapped to a source (ordinal, exact).</summary>
internal sealed class MemoryContentResolver(IReadOnlyDictionary<string, ContentSource> sources) : IContentResolver
{
    /// <summary>No sources: every reference is "not found".</summary>
    public static MemoryContentResolver Empty { get; } = new(new Dictionary<string, ContentSource>(StringComparer.Ordinal));

    public ContentReference Resolve(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return ContentReference.Refused(F.PathMissing);
        }

        return sources.TryGetValue(reference, out var source) ? new ContentReference(source) : ContentReference.Refused(F.NotFound);
    }
}

using Hl7.Fhir.Model;

namespace PreAuthKit.Fhir.Import;

/// <summary>
/// The resources of one bundle and the resolution of references between them: bundle-internal only
/// (<c>fullUrl</c>, <c>Type/id</c>, <c>#contained</c>). A reference to anything outside the bundle is never fetched.
/// </summary>
internal sealed class BundleIndex
{
    private readonly List<IndexedResource> all = [];
    private readonly Dictionary<string, IndexedResource> byKey = new(StringComparer.Ordinal);

    public BundleIndex(Bundle bundle)
    {
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entry = bundle.Entry[i];
            if (entry.Resource is null)
            {
                continue;
            }

            var item = new IndexedResource(entry.Resource, $"Bundle.entry[{i}].resource", entry.FullUrl, null);
            Add(item);
            if (entry.Resource is DomainResource domain)
            {
                for (var c = 0; c < domain.Contained.Count; c++)
                {
                    all.Add(new IndexedResource(domain.Contained[c], $"{item.Path}.contained[{c}]", null, item));
                }
            }
        }
    }

    /// <summary>Every resource, entries and contained resources, in bundle order.</summary>
    public IReadOnlyList<IndexedResource> All => all;

    public IEnumerable<IndexedResource> OfType<T>()
        where T : Resource
        => all.Where(r => r.Resource is T);

    /// <summary>Finds the resource a reference points to, or <see langword="null"/> (then <paramref name="external"/> says whether it pointed outside the bundle).</summary>
    public IndexedResource? Resolve(ResourceReference? reference, IndexedResource from, out bool external)
    {
        external = false;
        var r = reference?.Reference;
        if (string.IsNullOrWhiteSpace(r))
        {
            return null;
        }

        if (r.StartsWith('#'))
        {
            var owner = from.Container ?? from;
            return all.FirstOrDefault(x => x.Container == owner && x.Resource.Id == r[1..]);
        }

        if (byKey.TryGetValue(r, out var hit))
        {
            return hit;
        }

        // A relative reference "Type/id" (optionally with _history) matches an entry whose fullUrl ends with it.
        var parts = r.Split('/');
        if (parts.Length >= 2 && !r.Contains("://", StringComparison.Ordinal) && !r.StartsWith("urn:", StringComparison.Ordinal))
        {
            var key = parts.Length >= 4 && parts[^2] == "_history" ? $"{parts[^4]}/{parts[^3]}" : $"{parts[^2]}/{parts[^1]}";
            if (byKey.TryGetValue(key, out hit))
            {
                return hit;
            }
        }
        else if (r.Contains("://", StringComparison.Ordinal))
        {
            var tail = string.Join('/', parts.TakeLast(2));
            var match = all.FirstOrDefault(x => x.Container is null && x.FullUrl is { } f && f.EndsWith("/" + tail, StringComparison.Ordinal));
            if (match is not null && byKey.TryGetValue(tail, out var byTail))
            {
                return byTail;
            }
        }

        external = true;
        return null;
    }

    private void Add(IndexedResource item)
    {
        all.Add(item);
        if (item.FullUrl is { Length: > 0 } url)
        {
            byKey.TryAdd(url, item);
        }

        if (item.Resource.Id is { Length: > 0 } id)
        {
            byKey.TryAdd($"{item.Resource.TypeName}/{id}", item);
        }
    }
}

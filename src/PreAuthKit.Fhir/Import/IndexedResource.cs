using Hl7.Fhir.Model;

namespace PreAuthKit.Fhir.Import;

/// <summary>A resource of the bundle (an entry's resource or a resource contained in one) with its FHIR path.</summary>
internal sealed class IndexedResource(Resource resource, string path, string? fullUrl, IndexedResource? container)
{
    public Resource Resource { get; } = resource;

    public string Path { get; } = path;

    public string? FullUrl { get; } = fullUrl;

    /// <summary>The resource this one is contained in, if it is a contained resource.</summary>
    public IndexedResource? Container { get; } = container;

    /// <summary>The top-level element names the mapping read; the rest is reported.</summary>
    public HashSet<string> Mapped { get; } = new(StringComparer.Ordinal) { "id", "meta", "text", "language", "resourceType" };

    /// <summary>Whether any mapping used this resource.</summary>
    public bool Used { get; set; }

    public void Use(params string[] elements)
    {
        Used = true;
        foreach (var e in elements)
        {
            Mapped.Add(e);
        }
    }
}

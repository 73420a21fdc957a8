using Hl7.Fhir.Model;

namespace PreAuthKit.Fhir.Import;

/// <summary>Per-import state: the bundle index, the findings so far and the inline documents.</summary>
internal sealed class ImportContext(BundleIndex index)
{
    public BundleIndex Index { get; } = index;

    public List<FhirFinding> Findings { get; } = [];

    public List<FhirDocument> Documents { get; } = [];

    public void Report(string code, FhirFindingSeverity severity, string path, string message)
        => Findings.Add(new FhirFinding(code, severity, path, message));

    /// <summary>Resolves a reference, reporting one that points outside the bundle (never fetched).</summary>
    public IndexedResource? Resolve(ResourceReference? reference, IndexedResource from, string path)
    {
        var hit = Index.Resolve(reference, from, out var external);
        if (external)
        {
            Report(FhirFindingCodes.ExternalReference, FhirFindingSeverity.Warning, path,
                "The reference points outside the bundle; PreAuthKit never fetches over the network. Include the resource in the bundle.");
        }

        return hit;
    }

    /// <summary>Reports every top-level element of a used resource that no mapping read, and every unused resource.</summary>
    public void ReportUnmapped()
    {
        foreach (var item in Index.All)
        {
            if (!item.Used)
            {
                if (item.Container is null || item.Container.Used)
                {
                    Report(FhirFindingCodes.ResourceNotMapped, FhirFindingSeverity.Information, item.Path,
                        $"{item.Resource.TypeName} is not used by the case: PreAuthKit does not model it here, so it is left out.");
                }

                continue;
            }

            foreach (var (name, value) in item.Resource.EnumerateElements())
            {
                if (name == "extension" && !item.Mapped.Contains(name) && value is IEnumerable<Extension> extensions)
                {
                    ReportExtensions(extensions, item.Path);
                }
                else if (!item.Mapped.Contains(name))
                {
                    Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{item.Path}.{name}",
                        $"{item.Resource.TypeName}.{name} is not modelled by PreAuthKit and is left out of the case.");
                }
            }
        }
    }

    /// <summary>Reports the children of a backbone element (a claim item, a coverage class…) that were not read.</summary>
    public void ReportUnmappedChildren(Base element, string path, string typeName, params string[] mapped)
    {
        foreach (var (name, value) in element.EnumerateElements())
        {
            if (name == "extension" && Array.IndexOf(mapped, name) < 0 && value is IEnumerable<Extension> extensions)
            {
                ReportExtensions(extensions, path);
            }
            else if (name != "id" && Array.IndexOf(mapped, name) < 0)
            {
                Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{path}.{name}",
                    $"{typeName}.{name} is not modelled by PreAuthKit and is left out of the case.");
            }
        }
    }

    /// <summary>Reports extensions whose URL the mapping does not know.</summary>
    public void ReportExtensions(IEnumerable<Extension> extensions, string path, params string[] known)
    {
        var i = 0;
        foreach (var ext in extensions)
        {
            if (Array.IndexOf(known, ext.Url) < 0)
            {
                Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{path}.extension[{i}]",
                    $"The extension '{ext.Url}' is not modelled by PreAuthKit and is left out of the case.");
            }

            i++;
        }
    }
}

using PreAuthKit.Model;

namespace PreAuthKit.Fhir;

/// <summary>
/// The outcome of <see cref="FhirImporter.Import(string)"/>: the case (unless an error finding says the bundle was unusable),
/// every finding (what was not mapped, with its FHIR path), and the inline documents.
/// </summary>
public sealed record FhirImportResult
{
    /// <summary>The imported case, or <see langword="null"/> when <see cref="Findings"/> holds an error.</summary>
    public PreAuthCase? Case { get; init; }

    /// <summary>Everything the importer could not map or mapped with a caveat, in bundle order.</summary>
    public IReadOnlyList<FhirFinding> Findings { get; init; } = [];

    /// <summary>Photographs and enclosures whose content was inline in the bundle.</summary>
    public IReadOnlyList<FhirDocument> Documents { get; init; } = [];

    /// <summary><see langword="true"/> when a case was produced (no error findings).</summary>
    public bool Succeeded => Case is not null;
}

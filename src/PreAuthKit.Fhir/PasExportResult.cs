namespace PreAuthKit.Fhir;

/// <summary>The outcome of <see cref="PasExporter.Export"/>: the PAS request bundle as indented UTF-8 JSON, and the findings.</summary>
public sealed record PasExportResult
{
    /// <summary>The bundle as JSON text, or <see langword="null"/> when an error finding says it could not be built.</summary>
    public string? Json { get; init; }

    /// <summary>What could not be carried into the bundle, with the case path.</summary>
    public IReadOnlyList<FhirFinding> Findings { get; init; } = [];

    /// <summary><see langword="true"/> when a bundle was produced.</summary>
    public bool Succeeded => Json is not null;
}

namespace PreAuthKit.Fhir;

/// <summary>
/// One thing the FHIR importer or the PAS exporter could not map, or mapped with a caveat: a stable code
/// (<c>PAK-FHIR-…</c>, listed in <c>docs/fhir.md</c>), a severity, the FHIR path of the element
/// (for example <c>Bundle.entry[3].resource.code</c>) or, for the exporter, the case path, and a message a clinic user understands.
/// Messages name elements and codes, never patient data.
/// </summary>
/// <param name="Code">The stable finding code, for example <c>PAK-FHIR-020</c>.</param>
/// <param name="Severity">How serious the finding is; <see cref="FhirFindingSeverity.Error"/> means no case (or no bundle) was produced.</param>
/// <param name="Path">The FHIR path (importer) or case path (exporter) the finding is about.</param>
/// <param name="Message">What happened and what to do about it.</param>
public sealed record FhirFinding(string Code, FhirFindingSeverity Severity, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity} {Code} at {Path}: {Message}";
}

namespace PreAuthKit.Fhir;

/// <summary>How serious a <see cref="FhirFinding"/> is.</summary>
public enum FhirFindingSeverity
{
    /// <summary>The element was read but PreAuthKit does not model it; it is not in the case.</summary>
    Information,

    /// <summary>The element was mapped with a caveat, or could not be mapped and the case may be incomplete.</summary>
    Warning,

    /// <summary>The input cannot be used: no case (import) or no bundle (export) was produced.</summary>
    Error,
}

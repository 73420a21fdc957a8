namespace PreAuthKit.Fhir.Tests.Support;

/// <summary>The FHIR packages of the shared reference data (<c>../shared/data</c>).</summary>
internal static class SharedPackages
{
    public static string Pas => Path.Combine(RepoPaths.Shared, "data", "davinci-pas", "hl7.fhir.us.davinci-pas-2.2.1.tgz");

    public static string UsCore => Path.Combine(RepoPaths.Shared, "data", "us-core", "hl7.fhir.us.core-7.0.0.tgz");
}

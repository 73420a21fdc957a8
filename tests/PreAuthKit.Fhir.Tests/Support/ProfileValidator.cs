using System.Text.Json.Nodes;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace PreAuthKit.Fhir.Tests.Support;

/// <summary>
/// Firely.Fhir.Validation.R4 over the FHIR R4 core definitions (Hl7.Fhir.Specification.Data.R4), the Da Vinci PAS 2.2.1
/// package and US Core 7.0.0 (both read unmodified from ../shared/data). Built once (the resolver and its compiled schemas
/// are cached); the other PAS dependencies (terminology, extensions, SDC, CRD, HRex, CDex…) are not available, and
/// whatever needs them is reported as unresolved, never as passed.
/// </summary>
internal sealed class ProfileValidator
{
    private static readonly Lazy<ProfileValidator> Instance = new(() => new ProfileValidator());

    private readonly CachedResolver resolver;
    private readonly FhirJsonDeserializer parser = new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));

    private ProfileValidator()
    {
        // One folder per package pair, reused by later runs (the files are the packages' own, written only when absent).
        var dir = Path.Combine(Path.GetTempPath(), "preauthkit-fhir-packages-pas-2.2.1-uscore-7.0.0");
        Extract(RepoPaths.PasPackage, Path.Combine(dir, "davinci-pas"));
        Extract(RepoPaths.UsCorePackage, Path.Combine(dir, "us-core"));
        var packages = new DirectorySource(dir, new DirectorySourceSettings { IncludeSubDirectories = true });
        resolver = new CachedResolver(new MultiResolver(ZipSource.CreateValidationSource(), packages));
        Validator = new Validator(resolver, new LocalTerminologyService(resolver));
    }

    public static ProfileValidator Shared => Instance.Value;

    public Validator Validator { get; }

    public Resource Parse(string json)
    {
        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        parser.TryDeserializeResource(ref reader, out var resource, out _);
        return resource ?? throw new InvalidOperationException("not a FHIR resource");
    }

    /// <summary>Whether the resolver holds the StructureDefinition of a profile URL.</summary>
    public bool CanResolve(string canonical) => resolver.TryResolveByCanonicalUriAsync(canonical).GetAwaiter().GetResult().Value is StructureDefinition;

    /// <summary>Validates a resource against one profile (or its core type), with every meta.profile claim in it removed so only <paramref name="profile"/> applies.</summary>
    public ValidationOutcome Validate(string resourceJson, string? profile)
    {
        var node = JsonNode.Parse(resourceJson)!;
        StripProfiles(node);
        var resource = Parse(node.ToJsonString());
        var url = profile ?? "http://hl7.org/fhir/StructureDefinition/" + resource.TypeName;
        try
        {
            var outcome = Validator.Validate(resource, url);
            return new ValidationOutcome(url, outcome.Issue.Select(i => new ValidationIssue(i.Severity ?? OperationOutcome.IssueSeverity.Information, string.Join(",", i.Expression ?? i.Location ?? []), i.Details?.Text ?? i.Diagnostics ?? "")).ToList(), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ValidationOutcome(url, [], ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static void StripProfiles(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["meta"] is JsonObject meta)
                {
                    meta.Remove("profile");
                    if (meta.Count == 0)
                    {
                        o.Remove("meta");
                    }
                }

                foreach (var (_, child) in o.ToList())
                {
                    if (child is not null)
                    {
                        StripProfiles(child);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null)
                    {
                        StripProfiles(child);
                    }
                }

                break;
        }
    }

    private static void Extract(string tgz, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var (name, text) in FhirPackage.Files(tgz))
        {
            // Conformance resources only: the examples and the package index are not definitions.
            if (name.StartsWith("package/example/", StringComparison.Ordinal) || name.Count(ch => ch == '/') != 1 || name.EndsWith("package.json", StringComparison.Ordinal) || name.EndsWith(".index.json", StringComparison.Ordinal))
            {
                continue;
            }

            var file = Path.Combine(target, Path.GetFileName(name));
            if (!File.Exists(file) || new FileInfo(file).Length != System.Text.Encoding.UTF8.GetByteCount(text))
            {
                File.WriteAllText(file, text);
            }
        }
    }
}

internal sealed record ValidationIssue(OperationOutcome.IssueSeverity Severity, string Location, string Message);

internal sealed record ValidationOutcome(string Profile, IReadOnlyList<ValidationIssue> Issues, string? CompileFailure)
{
    public int Errors => Issues.Count(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);

    public int Warnings => Issues.Count(i => i.Severity == OperationOutcome.IssueSeverity.Warning);
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace PreAuthKit.Fhir.Tests.Support;

/// <summary>
/// Firely.Fhir.Validation.R4 3.6.0 cannot compile the PAS Claim profile (its schema compiler rejects the value
/// discriminator at <c>Claim.careTeam:OverallClaimMember</c>; see ../shared/data/us-core/README.md), nor therefore the PAS
/// request Bundle profile whose Claim slice uses it. This check reads a profile's snapshot instead: every element with <c>min ≥ 1</c> whose parent is present must be present, every fixed or
/// pattern value must match, and every required extension slice (<c>…extension:name</c>) must be there. Other slices are
/// counted as not checked (never as passed).
/// </summary>
internal static class SnapshotCheck
{
    public sealed record Result(IReadOnlyList<string> Errors, int Checked, IReadOnlyList<string> NotChecked);

    /// <summary>Checks an instance against the snapshot of a PAS profile, for example <c>profile-claim</c>.</summary>
    public static Result Check(JsonObject claim, string profileName)
    {
        var sd = JsonNode.Parse(FhirPackage.Files(RepoPaths.PasPackage)[$"package/StructureDefinition-{profileName}.json"])!;
        var errors = new List<string>();
        var notChecked = new List<string>();
        var count = 0;
        foreach (var e in sd["snapshot"]!["element"]!.AsArray().Select(x => x!.AsObject()))
        {
            var id = e["id"]!.GetValue<string>();
            var min = e["min"]?.GetValue<int>() ?? 0;
            var parts = id.Split('.');
            if (parts.Length < 2)
            {
                continue;
            }

            var fixedValue = e.FirstOrDefault(p => p.Key.StartsWith("fixed", StringComparison.Ordinal) || p.Key.StartsWith("pattern", StringComparison.Ordinal));
            if (min == 0 && fixedValue.Value is null)
            {
                continue;
            }

            var sliceAt = Array.FindIndex(parts, p => p.Contains(':', StringComparison.Ordinal));
            if (sliceAt >= 0)
            {
                // Only "<parent>.extension:name" with its extension URL and the slice's own required children are checked.
                var slice = parts[sliceAt];
                if (sliceAt == parts.Length - 1 && slice.StartsWith("extension:", StringComparison.Ordinal)
                    && e["type"]?[0]?["profile"]?[0]?.GetValue<string>() is { } versioned && min > 0)
                {
                    var url = versioned.Split('|')[0];
                    foreach (var parent in Select(claim, parts[1..sliceAt]))
                    {
                        count++;
                        if (parent["extension"] is not JsonArray ext || !ext.Any(x => x?["url"]?.GetValue<string>() == url))
                        {
                            errors.Add($"{id}: required extension {url} is missing");
                        }
                    }
                }
                else if (sliceAt == parts.Length - 1 || !parts[sliceAt].StartsWith("extension:", StringComparison.Ordinal))
                {
                    notChecked.Add(id);
                }

                continue;
            }

            var name = parts[^1];
            foreach (var parent in Select(claim, parts[1..^1]))
            {
                count++;
                var values = Values(parent, name).ToList();
                if (values.Count < min)
                {
                    errors.Add($"{id}: required (min {min}) but absent");
                }

                if (fixedValue.Value is not null && values.Count > 0 && !values.Any(v => Contains(v, fixedValue.Value)))
                {
                    errors.Add($"{id}: does not match {fixedValue.Key} {fixedValue.Value.ToJsonString()}");
                }
            }
        }

        return new Result(errors, count, notChecked.Distinct().ToList());
    }

    private static IEnumerable<JsonObject> Select(JsonObject root, string[] path)
    {
        IEnumerable<JsonObject> current = [root];
        foreach (var step in path)
        {
            current = current.SelectMany(o => Values(o, step)).OfType<JsonObject>().ToList();
        }

        return current;
    }

    private static IEnumerable<JsonNode> Values(JsonObject o, string name)
    {
        var props = name.EndsWith("[x]", StringComparison.Ordinal)
            ? o.Where(p => p.Key.StartsWith(name[..^3], StringComparison.Ordinal) && p.Key.Length > name.Length - 3 && char.IsUpper(p.Key[name.Length - 3])).Select(p => p.Value)
            : o.Where(p => p.Key == name).Select(p => p.Value);
        foreach (var v in props)
        {
            if (v is JsonArray a)
            {
                foreach (var x in a)
                {
                    if (x is not null)
                    {
                        yield return x;
                    }
                }
            }
            else if (v is not null)
            {
                yield return v;
            }
        }
    }

    /// <summary>Pattern semantics: every property of the pattern appears in the value (arrays: each pattern item matches some value item).</summary>
    private static bool Contains(JsonNode value, JsonNode pattern) => (value, pattern) switch
    {
        (JsonObject v, JsonObject p) => p.All(kv => v[kv.Key] is { } child && kv.Value is not null && Contains(child, kv.Value)),
        (JsonArray v, JsonArray p) => p.All(pi => pi is not null && v.Any(vi => vi is not null && Contains(vi, pi))),
        (JsonValue v, JsonValue p) => JsonElement.DeepEquals(JsonSerializer.SerializeToElement(v), JsonSerializer.SerializeToElement(p)),
        _ => false,
    };
}

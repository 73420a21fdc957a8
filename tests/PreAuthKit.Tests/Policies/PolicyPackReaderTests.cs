using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PreAuthKit.Policies;

namespace PreAuthKit.Tests.Policies;

/// <summary>The pack format: the example packs conform to the schema and load; packs that do not are refused with a coded finding naming the JSON path, and the schema refuses them too.</summary>
public class PolicyPackReaderTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(PolicyCases.SchemaPath)));

    private static string ExampleJson => File.ReadAllText(Path.Combine(PolicyCases.PacksFolder, "example-health-plan-scar-treatment.json"));

    private static IEnumerable<string> ExampleFiles => Directory.GetFiles(PolicyCases.PacksFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ExampleFiles))]
    public void Every_example_pack_conforms_to_the_schema_loads_and_is_marked_as_an_example(string file)
    {
        var json = File.ReadAllText(Path.Combine(PolicyCases.PacksFolder, file));

        var result = Validate(json);
        var pack = PolicyPackReader.Parse(json);

        Assert.That(result.IsValid, Is.True, string.Join("\n", Errors(result)));
        Assert.That(pack.IsExample, Is.True, "shipped packs are examples a clinic must check");
        Assert.That(pack.Notice, Does.Contain("EXAMPLE ONLY"));
        Assert.That(pack.Criteria, Is.Not.Empty);
    }

    [Test]
    public void The_folder_loads_every_example_pack_ordered_by_policy_id()
    {
        var library = PolicyCases.Library();

        Assert.That(library.Packs.Select(p => p.PolicyId), Is.EqualTo(new[] { "CG-SURG-31", "CIGNA-0328", "EXHP-MP-SCAR-01" }));
    }

    public static IEnumerable<TestCaseData> BrokenPacks()
    {
        yield return Case("unknown evidence kind", j => j["criteria"]![0]!["evidence"]![0]!["kind"] = "diagnoses", "PAK-POL-006", "$.criteria[0].evidence[0].kind");
        yield return Case("missing title", j => j.AsObject().Remove("title"), "PAK-POL-003", "$.title");
        yield return Case("months as text", j => j["criteria"]![3]!["evidence"]![0]!["minMonths"] = "six", "PAK-POL-004", "$.criteria[3].evidence[0].minMonths");
        yield return Case("misspelt property", j => j["critera"] = new JsonArray(), "PAK-POL-005", "$.critera");
        yield return Case("misspelt evidence property", j => j["criteria"]![6]!["evidence"]![0]!["maximum"] = 6, "PAK-POL-005", "$.criteria[6].evidence[0].maximum");
        yield return Case("other format version", j => j["format"] = "preauthkit-policy-pack/2", "PAK-POL-009", "$.format");
        yield return Case("not a web address", j => j["sourceUrl"] = "ftp://example.org/policy", "PAK-POL-006", "$.sourceUrl");
        yield return Case("US date", j => j["effectiveDate"] = "01/01/2026", "PAK-POL-006", "$.effectiveDate");
        yield return Case("four-digit CPT code", j => j["procedureCodes"]![0] = "1799", "PAK-POL-006", "$.procedureCodes[0]");
        yield return Case("ICD code malformed", j => j["criteria"]![0]!["evidence"]![0]!["codes"]![1] = "91.0", "PAK-POL-006", "$.criteria[0].evidence[0].codes[1]");
        yield return Case("comparison in words", j => j["criteria"]![2]!["evidence"]![1]!["comparison"] = "below", "PAK-POL-006", "$.criteria[2].evidence[1].comparison");
        yield return Case("sessions without a bound", j => j["criteria"]![6]!["evidence"]![0]!.AsObject().Remove("max"), "PAK-POL-003", "$.criteria[6].evidence[0]");
        yield return Case("no criteria", j => j["criteria"] = new JsonArray(), "PAK-POL-006", "$.criteria");
        yield return Case("criteria not a list", j => j["criteria"] = "C1", "PAK-POL-004", "$.criteria");
        yield return Case("met neither all nor any", j => j["criteria"]![0]!["met"] = "either", "PAK-POL-006", "$.criteria[0].met");
        yield return Case("no payer ids", j => j["payer"]!["payerIds"] = new JsonArray(), "PAK-POL-006", "$.payer.payerIds");
        yield return Case("record text field unknown", j => j["criteria"]![1]!["evidence"]![0]!["fields"]![0] = "history.notes", "PAK-POL-006", "$.criteria[1].evidence[0].fields[0]");
        yield return Case("no version and no date", j => { j.AsObject().Remove("version"); j.AsObject().Remove("effectiveDate"); }, "PAK-POL-003", "$");
        yield return Case("groups nested too deep", j => j["criteria"]![0]!["evidence"] = JsonNode.Parse("""[{ "kind": "group", "evidence": [{ "kind": "group", "evidence": [{ "kind": "group", "evidence": [{ "kind": "group", "evidence": [{ "kind": "sessions", "max": 1 }] }] }] }] }]"""), "PAK-POL-008", "$.criteria[0].evidence[0].evidence[0].evidence[0].evidence[0]", schemaAlsoRejects: false);
        yield return Case("duplicate criterion id", j => j["criteria"]![1]!["id"] = "c1", "PAK-POL-007", "$.criteria[1].id", schemaAlsoRejects: false);
        yield return Case("range backwards", j => j["criteria"]![0]!["evidence"]![1]!["ranges"]![0]!["from"] = "T30", "PAK-POL-006", "$.criteria[0].evidence[1].ranges[0]", schemaAlsoRejects: false);
    }

    [TestCaseSource(nameof(BrokenPacks))]
    public void A_pack_that_does_not_match_the_format_is_refused_with_a_coded_error_naming_the_json_path(string json, string code, string path, bool schemaAlsoRejects)
    {
        var refused = Assert.Throws<PolicyPackException>(() => PolicyPackReader.Parse(json))!;

        Assert.That(refused.Findings.Select(f => (f.Code, f.Path)), Does.Contain((code, path)), string.Join("\n", refused.Findings));
        Assert.That(refused.Findings, Has.All.Matches<ValidationFinding>(f => f != null && f.Severity == FindingSeverity.Error && f.Code.StartsWith("PAK-POL-0", StringComparison.Ordinal)));
        if (schemaAlsoRejects)
        {
            Assert.That(Validate(json).IsValid, Is.False, "the schema file states the same rule");
        }
    }

    [Test]
    public void Every_problem_of_a_pack_is_reported_at_once()
    {
        var json = Mutate(j =>
        {
            j.AsObject().Remove("title");
            j["criteria"]![0]!["evidence"]![0]!["kind"] = "diagnoses";
            j["criteria"]![6]!["evidence"]![0]!["max"] = "six";
        });

        var refused = Assert.Throws<PolicyPackException>(() => PolicyPackReader.Parse(json))!;

        Assert.That(refused.Findings.Select(f => f.Path), Is.SupersetOf(new[] { "$.title", "$.criteria[0].evidence[0].kind", "$.criteria[6].evidence[0].max" }));
    }

    [Test]
    public void Malformed_json_is_refused_with_its_line_and_column()
    {
        var refused = Assert.Throws<PolicyPackException>(() => PolicyPackReader.Parse("{\n  \"format\": \"preauthkit-policy-pack/1\",\n  \"payer\": \n}"))!;

        Assert.That(refused.Findings.Single().Code, Is.EqualTo("PAK-POL-002"));
        Assert.That(refused.Findings.Single().Message, Does.Contain("line 4"));
    }

    [Test]
    public void A_folder_with_one_bad_pack_is_refused_naming_the_file_and_path_and_a_missing_folder_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("policies-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "good.json"), ExampleJson);
            File.WriteAllText(Path.Combine(folder, "bad.json"), Mutate(j => j["criteria"]![0]!["id"] = "C 1"));

            var refused = Assert.Throws<PolicyPackException>(() => PolicyPackReader.LoadFolder(folder))!;
            var missing = Assert.Throws<PolicyPackException>(() => PolicyPackReader.LoadFolder(Path.Combine(folder, "nope")))!;

            Assert.That(refused.Findings.Single().Path, Is.EqualTo("$.criteria[0].id"));
            Assert.That(refused.Findings.Single().Message, Does.StartWith("bad.json: "));
            Assert.That(missing.Findings.Single().Code, Is.EqualTo("PAK-POL-001"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Two_packs_with_one_policy_id_are_refused()
    {
        var pack = PolicyPackReader.Parse(ExampleJson);

        var refused = Assert.Throws<PolicyPackException>(() => PolicyLibrary.From([pack, PolicyPackReader.Parse(ExampleJson)]))!;

        Assert.That(refused.Findings.Single().Code, Is.EqualTo("PAK-POL-010"));
    }

    private static TestCaseData Case(string name, Action<JsonNode> mutate, string code, string path, bool schemaAlsoRejects = true)
        => new TestCaseData(Mutate(mutate), code, path, schemaAlsoRejects).SetArgDisplayNames(name);

    private static string Mutate(Action<JsonNode> mutate)
    {
        var node = JsonNode.Parse(ExampleJson)!;
        mutate(node);
        return node.ToJsonString();
    }

    private static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<string> Errors(EvaluationResults result)
        => (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
}

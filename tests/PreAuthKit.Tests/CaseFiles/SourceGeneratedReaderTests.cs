using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.CaseFiles;

/// <summary>
/// The case file reader runs on source-generated contracts (<c>CaseFileJsonContext</c>). These tests
/// hold it to the reflection serializer with the same options, input by input: the same case read
/// (compared as its JSON), or the same <see cref="JsonException"/> (message, path, line and column,
/// which are all <see cref="CaseFileReader"/> turns into a PAK-FILE finding), and the same JSON written.
/// </summary>
public class SourceGeneratedReaderTests
{
    /// <summary>The case file options on the reflection serializer: the behaviour the source-generated reader must keep.</summary>
    private static readonly JsonSerializerOptions Reflection = new(CaseFileReader.JsonOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static IEnumerable<string> SampleFiles() => Directory.GetFiles(RepoPaths.SampleCases, "*.json").Order(StringComparer.Ordinal);

    [Test]
    public void Properties_left_out_keep_the_model_defaults()
    {
        var @case = CaseFileReader.Parse("""{ "procedures": [ { "code": "17999" } ], "diagnoses": [ {} ], "appeal": {} }""");
        var procedure = @case.Procedures.Single();

        Assert.Multiple(() =>
        {
            Assert.That(procedure.Modifiers, Is.Not.Null.And.Empty);
            Assert.That(procedure.Units, Is.EqualTo(1));
            Assert.That(procedure.PlaceOfService, Is.EqualTo(PlaceOfService.Office));
            Assert.That(@case.Diagnoses.Single().Code, Is.EqualTo(""));
            Assert.That(@case.ReviewType, Is.EqualTo(ReviewType.Standard));
            Assert.That(@case.Payer, Is.Not.Null);
            Assert.That(@case.Payer.Name, Is.EqualTo(""));
            Assert.That(@case.Payer.PlanType, Is.EqualTo(PlanType.Commercial));
            Assert.That(@case.Patient.Sex, Is.EqualTo(Sex.Unknown));
            Assert.That(@case.History, Is.Not.Null);
            Assert.That(@case.Photos, Is.Not.Null.And.Empty);
            Assert.That(@case.Appeal!.Level, Is.EqualTo(AppealLevel.FirstInternal));
            Assert.That(@case.Appeal.Appellant, Is.EqualTo(Appellant.Provider));
        });
    }

    [Test]
    public void Every_sample_reads_and_writes_as_with_reflection()
    {
        foreach (var file in SampleFiles())
        {
            var json = File.ReadAllText(file);
            Assert.That(Outcome(json, CaseFileReader.JsonOptions), Is.EqualTo(Outcome(json, Reflection)), Path.GetFileName(file));
            var @case = JsonSerializer.Deserialize<PreAuthCase>(json, Reflection)!;
            Assert.That(CaseFileReader.Serialize(@case), Is.EqualTo(JsonSerializer.Serialize(@case, Reflection)), Path.GetFileName(file));
        }
    }

    [Test]
    public void Each_property_left_out_nulled_retyped_duplicated_or_unknown_reads_as_with_reflection()
    {
        var compared = 0;
        foreach (var file in SampleFiles())
        {
            foreach (var json in Mutations(File.ReadAllText(file)))
            {
                Assert.That(Outcome(json, CaseFileReader.JsonOptions), Is.EqualTo(Outcome(json, Reflection)), $"{Path.GetFileName(file)}: {json}");
                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(1_000));
    }

    [Test]
    public void Random_byte_mutations_read_as_with_reflection()
    {
        var sample = File.ReadAllBytes(RepoPaths.SampleCase("burn-scar-forearm.json"));
        string[] splices = ["null", "{}", "[]", "\"\"", "0", "-1", "1.5", "true", "\"x\"", ",", "}", "]", "\"units\": 2,", "\"modifiers\": null,"];
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, splices.Length - 1], Gen.Int[0, 40]).Sample((at, splice, cut) =>
        {
            var position = at % sample.Length;
            var bytes = sample[..position].Concat(System.Text.Encoding.UTF8.GetBytes(splices[splice])).Concat(sample[Math.Min(sample.Length, position + cut)..]).ToArray();
            var json = CaseFileReader.DecodeUtf8(bytes);
            return Outcome(json, CaseFileReader.JsonOptions) == Outcome(json, Reflection);
        }, iter: 2_000);
    }

    /// <summary>The case read, as reflection writes it, or the exception with what a finding is made from.</summary>
    private static string Outcome(string json, JsonSerializerOptions options)
    {
        try
        {
            var @case = JsonSerializer.Deserialize<PreAuthCase>(json, options);
            return @case is null ? "null" : "read " + JsonSerializer.Serialize(@case, Reflection);
        }
        catch (JsonException ex)
        {
            return $"{ex.GetType().Name}: {ex.Message} | {ex.Path} | {ex.LineNumber} | {ex.BytePositionInLine}";
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    /// <summary>For every member of every object in the case: left out, null, of another kind, twice, and an unknown member beside it; every object emptied.</summary>
    private static IEnumerable<string> Mutations(string json)
    {
        var root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var objects = Objects(root).Select(o => o.GetPath()).ToList();
        foreach (var path in objects)
        {
            yield return Edit(root, path, o => o.Clear());
            yield return Edit(root, path, o => o["unknownMember"] = 1);
            var names = At(root, path).Select(p => p.Key).ToList();
            foreach (var name in names)
            {
                yield return Edit(root, path, o => o.Remove(name));
                yield return Edit(root, path, o => o[name] = null);
                yield return Edit(root, path, o => o[name] = o[name] is JsonValue ? new JsonObject() : JsonValue.Create("text"));
                yield return Edit(root, path, o => o[name] = o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? JsonValue.Create(7) : JsonValue.Create(true));
                var text = Edit(root, path, _ => { });
                var member = $"\"{name}\":";
                var at = text.IndexOf(member, StringComparison.Ordinal);
                if (at >= 0)
                {
                    yield return text[..at] + member + " null, " + text[at..]; // the same member twice (the first one may not be this object's, still a valid input)
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    private static JsonObject At(JsonNode root, string path) => Objects(root).Single(o => o.GetPath() == path);

    private static string Edit(JsonNode root, string path, Action<JsonObject> edit)
    {
        var copy = root.DeepClone();
        edit(At(copy, path));
        return copy.ToJsonString();
    }
}

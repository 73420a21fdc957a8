using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PreAuthKit.Tests.Sample;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// A corpus of a few hundred hostile inputs, generated here (nothing binary is committed), run
/// through the sample host in-process. For every input: no exception escapes, the exit code is
/// 0, 1 or 2, a refusal carries a PAK code, a written PDF is complete and a refused case leaves no
/// PDF, no temporary file is left, nothing outside the output folder changes, no control character
/// reaches the output, and the patient's name never appears in a message.
/// </summary>
public class HostileCorpusTests
{
    private const string FirstName = "Quillonette";
    private const string LastName = "Vandermolen";

    private static readonly string SampleJson = File.ReadAllText(RepoPaths.SampleCase("burn-scar-forearm.json"))
        .Replace("\"Jordan\"", $"\"{FirstName}\"", StringComparison.Ordinal)
        .Replace("\"Sample\"", $"\"{LastName}\"", StringComparison.Ordinal);

    private string _work = "";

    [SetUp]
    public void CreateFolder() => _work = Directory.CreateTempSubdirectory("pak-corpus-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_work, recursive: true);

    /// <summary>One hostile input: a name, what it writes into the case folder, and the command it runs.</summary>
    private sealed record Input(string Name, Action<string> Setup, string Command, string CaseFile = "case.json");

    [Test]
    public async Task Every_hostile_input_gets_a_clean_answer()
    {
        var inputs = Corpus().ToList();
        Assert.That(inputs, Has.Count.GreaterThanOrEqualTo(250), "a few hundred inputs");
        var victim = Path.Combine(_work, "victim.txt");
        var problems = new List<string>();
        var index = 0;
        foreach (var input in inputs)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_work, index.ToString("D3", CultureInfo.InvariantCulture))).FullName;
            var outDir = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
            index++;
            File.WriteAllText(victim, "untouched");
            CopyPhotos(folder);
            input.Setup(folder);
            var casePath = input.CaseFile.StartsWith('/') || input.CaseFile.Length == 0 || input.CaseFile.Trim().Length == 0 ? input.CaseFile : Path.Combine(folder, input.CaseFile);
            string[] args = input.Command == "validate" ? ["validate", casePath] : [input.Command, casePath, "--out", outDir];

            HostRun run;
            try
            {
                run = await HostRun.RunAsync(args);
            }
            catch (Exception ex)
            {
                problems.Add($"{input.Name}: exception escaped ({ex.GetType().Name})");
                continue;
            }

            var printed = run.Out + run.Error;
            var pdfs = Directory.GetFiles(outDir, "*.pdf");
            if (run.Exit is not (0 or 1 or 2))
            {
                problems.Add($"{input.Name}: exit {run.Exit}");
            }

            if (run.Exit != 0 && !printed.Contains("PAK-", StringComparison.Ordinal))
            {
                problems.Add($"{input.Name}: refused without a code: {First(printed)}");
            }

            if (printed.Contains("PAK-HOST-001", StringComparison.Ordinal) || printed.Contains("unexpected error", StringComparison.Ordinal))
            {
                problems.Add($"{input.Name}: unexpected error: {First(printed)}");
            }

            if (input.Command != "validate" && run.Exit == 0 && !pdfs.Any(IsCompletePdf))
            {
                problems.Add($"{input.Name}: exit 0 without a complete PDF");
            }

            if (run.Exit != 0 && pdfs.Length > 0)
            {
                problems.Add($"{input.Name}: a refused case left a PDF");
            }

            if (Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories).Any(f => new FileInfo(f).LinkTarget is null))
            {
                problems.Add($"{input.Name}: a temporary file was left behind");
            }

            if (File.ReadAllText(victim) != "untouched")
            {
                problems.Add($"{input.Name}: a file outside --out was changed");
            }

            if (printed.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
            {
                problems.Add($"{input.Name}: a control character reached the output");
            }

            if (printed.Contains(FirstName, StringComparison.Ordinal) || printed.Contains(LastName, StringComparison.Ordinal))
            {
                problems.Add($"{input.Name}: the patient's name is in a message");
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems.Take(40)));
    }

    private static string First(string text) => text.Length > 160 ? text[..160] : text;

    private static bool IsCompletePdf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.Length > 100 && bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8) && Encoding.ASCII.GetString(bytes[^32..]).Contains("%%EOF", StringComparison.Ordinal);
    }

    private static void CopyPhotos(string folder)
    {
        var target = Directory.CreateDirectory(Path.Combine(folder, "photos")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SampleCases, "photos")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private static Action<string> Json(string json, string name = "case.json") => folder => File.WriteAllText(Path.Combine(folder, name), json);

    private static Action<string> Bytes(byte[] bytes, string name = "case.json") => folder => File.WriteAllBytes(Path.Combine(folder, name), bytes);

    private static Action<string> Edit(Action<JsonObject> edit, string name = "case.json") => folder =>
    {
        var node = JsonNode.Parse(SampleJson)!.AsObject();
        edit(node);
        File.WriteAllText(Path.Combine(folder, name), node.ToJsonString());
    };

    private static JsonObject Obj(JsonObject root, string path)
    {
        var node = root;
        foreach (var part in path.Split('.'))
        {
            node = node[part]!.AsObject();
        }

        return node;
    }

    private static IEnumerable<Input> Corpus()
    {
        string[] commands = ["validate", "preauth"];
        Action<string> Nothing = _ => { };

        // Paths that name no case file.
        foreach (var command in new[] { "validate", "preauth", "appeal" })
        {
            yield return new($"{command} empty path", Nothing, command, "");
            yield return new($"{command} blank path", Nothing, command, "   ");
            yield return new($"{command} NUL in path", Nothing, command, "case\0.json");
            yield return new($"{command} /dev/zero", Nothing, command, "/dev/zero");
            yield return new($"{command} /dev/null", Nothing, command, "/dev/null");
            yield return new($"{command} /proc/self/environ", Nothing, command, "/proc/self/environ");
            yield return new($"{command} folder", folder => Directory.CreateDirectory(Path.Combine(folder, "case.json")), command);
            yield return new($"{command} missing", Nothing, command, "missing.json");
            yield return new($"{command} link loop", folder => { File.CreateSymbolicLink(Path.Combine(folder, "case.json"), Path.Combine(folder, "loop.json")); File.CreateSymbolicLink(Path.Combine(folder, "loop.json"), Path.Combine(folder, "case.json")); }, command);
            yield return new($"{command} dangling link", folder => File.CreateSymbolicLink(Path.Combine(folder, "case.json"), Path.Combine(folder, "nowhere.json")), command);
            yield return new($"{command} oversized", folder => { using var s = File.Create(Path.Combine(folder, "case.json")); s.SetLength((8L * 1024 * 1024) + 1); }, command);
        }

        // Bytes that are not a UTF-8 JSON object.
        var bad = new (string, byte[])[]
        {
            ("empty file", []),
            ("BOM only", [0xEF, 0xBB, 0xBF]),
            ("Latin-1 name", Encoding.Latin1.GetBytes(SampleJson.Replace(FirstName, "J\u00e9r\u00f4me", StringComparison.Ordinal))),
            ("Windows-1252 quotes", Encoding.Latin1.GetBytes(SampleJson.Replace(LastName, "O\u0092Brien", StringComparison.Ordinal))),
            ("UTF-16 LE", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SampleJson)).ToArray()),
            ("UTF-16 BE", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(SampleJson)).ToArray()),
            ("overlong slash", [.. Encoding.UTF8.GetBytes(SampleJson[..40]), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes(SampleJson[40..])]),
            ("encoded surrogate", [.. Encoding.UTF8.GetBytes(SampleJson[..60]), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes(SampleJson[60..])]),
            ("NUL bytes", Enumerable.Repeat((byte)0, 1000).ToArray()),
            ("random bytes", Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251)).ToArray()),
            ("truncated", Encoding.UTF8.GetBytes(SampleJson[..(SampleJson.Length / 2)])),
            ("null", "null"u8.ToArray()),
            ("array", "[]"u8.ToArray()),
            ("number", "42"u8.ToArray()),
            ("string", "\"case\""u8.ToArray()),
            ("deep nesting", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000))),
            ("deep objects", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000))),
            ("duplicate keys", Encoding.UTF8.GetBytes(SampleJson.Replace("\"caseReference\"", "\"caseReference\": \"A\", \"caseReference\"", StringComparison.Ordinal))),
            ("comment bomb", Encoding.UTF8.GetBytes("/*" + new string('*', 100_000))),
        };
        foreach (var (name, bytes) in bad)
        {
            foreach (var command in commands)
            {
                yield return new($"{command} {name}", Bytes(bytes), command);
            }
        }

        // Enum values that are not exactly one documented value.
        foreach (var sex in new[] { "female, male", "female,male", "Female", " female", "1", "", "femal", "female\u0000" })
        {
            foreach (var command in commands)
            {
                yield return new($"{command} sex '{sex}'", Edit(c => Obj(c, "patient")["sex"] = sex), command);
            }
        }

        foreach (var (field, value) in new[] { ("reviewType", "URGENT"), ("requestType", "initial, extension"), ("payer.planType", "commercial,medicaid") })
        {
            yield return new($"validate {field} '{value}'", Edit(c => { if (field.Contains('.', StringComparison.Ordinal)) { Obj(c, "payer")["planType"] = value; } else { c[field] = value; } }), "validate");
        }

        // null where a value is required.
        foreach (var property in new[] { "patient", "payer", "requestingProvider", "servicingProvider", "history", "assessment", "treatmentPlan", "diagnoses", "procedures", "photos", "attachments", "submittedOn" })
        {
            foreach (var command in commands)
            {
                yield return new($"{command} null {property}", Edit(c => c[property] = null), command);
            }
        }

        foreach (var (parent, property) in new[] { ("patient", "firstName"), ("patient", "memberId"), ("history", "priorTreatments"), ("assessment", "functionalImpairments"), ("payer", "name") })
        {
            yield return new($"preauth null {parent}.{property}", Edit(c => Obj(c, parent)[property] = null), "preauth");
        }

        yield return new("preauth null list entries", Edit(c => { Obj(c, "assessment")["symptoms"] = new JsonArray(null, "itch"); c["attachments"] = new JsonArray((JsonNode?)null); }), "preauth");

        // Over the caps, and huge values.
        foreach (var (parent, property, length) in new[]
        {
            ("patient", "firstName", 10_000_000), ("patient", "firstName", 201), ("patient", "lastName", 300_000), ("history", "condition", 20_001),
            ("assessment", "medicalNecessity", 1_000_000), ("treatmentPlan", "rationale", 50_000), ("requestingProvider", "name", 5_000), ("payer", "name", 201),
        })
        {
            foreach (var command in commands)
            {
                yield return new($"{command} {parent}.{property} {length:N0} chars", Edit(c => Obj(c, parent)[property] = new string('x', length)), command);
            }
        }

        foreach (var (parent, property, count) in new[] { ("", "procedures", 10_000), ("history", "priorTreatments", 10_000), ("assessment", "functionalImpairments", 10_000), ("", "photos", 1_500), ("treatmentPlan", "expectedOutcomes", 51), ("", "attachments", 51) })
        {
            foreach (var command in commands)
            {
                yield return new($"{command} {property} x{count:N0}", Edit(c =>
                {
                    var owner = parent.Length == 0 ? c : Obj(c, parent);
                    var first = owner[property] is JsonArray { Count: > 0 } list ? list[0]!.ToJsonString() : "\"entry\"";
                    owner[property] = new JsonArray(Enumerable.Range(0, count).Select(_ => JsonNode.Parse(first)).ToArray());
                }), command);
            }
        }

        // Under the caps: must render whole (long words, many entries).
        foreach (var length in new[] { 1_000, 12_000, 19_999, 20_000 })
        {
            yield return new($"preauth one word of {length:N0} chars in the history", Edit(c => Obj(c, "history")["condition"] = new string('w', length)), "preauth");
            yield return new($"preauth {length:N0} chars of words in the assessment", Edit(c => Obj(c, "assessment")["medicalNecessity"] = string.Concat(Enumerable.Repeat("scar band ", length / 10))), "preauth");
        }

        yield return new("preauth 100 prior treatments", Edit(c => Obj(c, "history")["priorTreatments"] = new JsonArray(Enumerable.Range(0, 100).Select(i => (JsonNode)new JsonObject { ["treatment"] = $"Treatment {i}", ["outcome"] = new string('o', 900) }).ToArray())), "preauth");
        yield return new("preauth 50 impairments of 1,000 chars", Edit(c => Obj(c, "assessment")["functionalImpairments"] = new JsonArray(Enumerable.Range(0, 50).Select(i => (JsonNode)JsonValue.Create(new string('i', 1_000))!).ToArray())), "preauth");

        // Injection: Markdown, Scriban, HTML, escape sequences and controls in case text print literally.
        var injections = new[]
        {
            "{{ patient.full_name }}", "{{ for i in 1..100000 }}x{{ end }}", "{% include 'x' %}", "# Heading", "| a | b |", "![x](photo:1)", "![x](/etc/passwd)", "[link](javascript:alert(1))",
            "<script>alert(1)</script>", "&amp;&#0;", "**bold**", "\u001b[31mred\u001b[0m", "line\nbreak", "tab\tcr\r", "\u0000nul", "\u202Eevil", "\uFEFFbom", "\\\\\\\\", ":::page-break\n:::",
            "- [x] done", "```code```", "> quote", "1. list", "---", "<!-- comment -->", "\U0001F600 emoji", "\u0301combining", "\uFFFD", "ﬁ ligature", "中文文本", "עברית",
        };
        foreach (var injection in injections)
        {
            yield return new($"preauth injection {Escape(injection)}", Edit(c => Obj(c, "history")["condition"] = "Scar " + injection), "preauth");
            yield return new($"validate injection in name {Escape(injection)}", Edit(c => Obj(c, "patient")["lastName"] = injection), "validate");
        }

        // File names with control characters and escape sequences.
        foreach (var name in new[] { "evil\u001b[2J.json", "new\nline.json", "cr\rreturn.json", "bell\u0007.json", "rtl\u202Egnp.json", "c1\u009b31m.json", "tab\t.json", "del\u007f.json" })
        {
            foreach (var command in commands)
            {
                yield return new($"{command} file name {Escape(name)}", Json(SampleJson, name), command, name);
                yield return new($"{command} broken case named {Escape(name)}", Json(SampleCopies.BreakNpi(SampleJson.Replace("\"1234567893\"", "\"1234567890\"", StringComparison.Ordinal)), name), command, name);
            }
        }

        // Output folder traps.
        yield return new("preauth planted tmp link", folder => { Json(SampleJson)(folder); File.CreateSymbolicLink(Path.Combine(folder, "out", "case.preauth.pdf.tmp"), Path.Combine(folder, "..", "victim.txt")); }, "preauth");
        yield return new("preauth link at the target", folder => { Json(SampleJson)(folder); File.CreateSymbolicLink(Path.Combine(folder, "out", "case.preauth.pdf"), Path.Combine(folder, "..", "victim.txt")); }, "preauth");
        yield return new("preauth stale pdf after a refusal", folder => { Json(SampleJson.Replace("\"1234567893\"", "\"1234567890\"", StringComparison.Ordinal))(folder); File.WriteAllText(Path.Combine(folder, "out", "case.preauth.pdf"), "%PDF-old"); }, "preauth");

        // Dates and numbers at the edges.
        foreach (var (field, value) in new[] { ("submittedOn", "9999-12-31"), ("submittedOn", "0001-01-01"), ("submittedOn", "2026-02-30"), ("submittedOn", "2026-13-01"), ("submittedOn", "20261120") })
        {
            foreach (var command in commands)
            {
                yield return new($"{command} {field} {value}", Edit(c => c[field] = value), command);
            }
        }

        foreach (var units in new[] { "0", "-1", "2147483648", "1e3", "\"6\"" })
        {
            yield return new($"validate units {units}", Json(SampleJson.Replace("\"units\": 6", $"\"units\": {units}", StringComparison.Ordinal)), "validate");
        }

        // Photos the case names but cannot be used.
        foreach (var (name, setup) in new (string, Action<string>)[]
        {
            ("missing photo", _ => { }),
            ("photo is a folder", folder => Directory.CreateDirectory(Path.Combine(folder, "photos", "x.jpg"))),
            ("photo is empty", folder => File.WriteAllBytes(Path.Combine(folder, "photos", "x.jpg"), [])),
            ("photo is text", folder => File.WriteAllText(Path.Combine(folder, "photos", "x.jpg"), "not a photo")),
            ("photo truncated", folder => File.WriteAllBytes(Path.Combine(folder, "photos", "x.jpg"), File.ReadAllBytes(Path.Combine(folder, "photos", "forearm-volar-overview.jpg"))[..2000])),
            ("photo is /dev/zero", folder => File.CreateSymbolicLink(Path.Combine(folder, "photos", "x.jpg"), "/dev/zero")),
            ("photo link outside", folder => File.CreateSymbolicLink(Path.Combine(folder, "photos", "x.jpg"), "/etc/passwd")),
        })
        {
            yield return new($"preauth {name}", folder => { setup(folder); Edit(c => c["photos"]!.AsArray().Add(new JsonObject { ["path"] = "photos/x.jpg", ["takenOn"] = "2026-11-02" }))(folder); }, "preauth");
        }
    }

    private static string Escape(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}

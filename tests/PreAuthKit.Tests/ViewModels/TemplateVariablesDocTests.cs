using System.Text;
using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;
using PreAuthKit.ViewModels;
using Scriban.Runtime;

namespace PreAuthKit.Tests.ViewModels;

/// <summary>
/// docs/templates.md lists exactly the variables the templates see: the table between its markers is
/// generated from the view models of the sample letters (a request, an urgent request, appeals of every
/// level), so a variable added to or removed from the view model without the documentation fails here.
/// </summary>
public class TemplateVariablesDocTests
{
    private const string Begin = "<!-- template-variables:begin (generated from the view model; TemplateVariablesDocTests checks it) -->";
    private const string End = "<!-- template-variables:end -->";

    private static string DocPath => Path.Combine(RepoPaths.Root, "docs", "templates.md");

    [Test]
    public void Docs_list_every_template_variable()
    {
        var doc = File.ReadAllText(DocPath);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0).And.LessThan(end), "docs/templates.md lacks the generated variable table markers");

        var expected = doc[..(start + Begin.Length)] + "\n" + Table() + End + doc[(end + End.Length)..];
        if (expected != doc)
        {
            File.WriteAllText(DocPath + ".received.md", expected);
        }

        Assert.That(doc, Is.EqualTo(expected), $"docs/templates.md's variable table differs from the view model; the expected file is {DocPath}.received.md");
    }

    [Test]
    public void Every_variable_a_template_uses_is_in_the_model()
    {
        var paths = Variables().Keys.ToHashSet(StringComparer.Ordinal);
        var templates = Directory.GetFiles(Path.Combine(RepoPaths.Root, "templates"), "*.sbn", SearchOption.AllDirectories);
        var used = templates.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(t), @"(?<![/\w.])(appeal|re|draft|statements|peer_to_peer|urgent|to|payer|patient|plan|history|assessment|signature|sections|requesting_provider|servicing_provider|primary_care_provider)\.([a-z_]+(?:\.[a-z_]+)?)")
            .Select(m => m.Value.EndsWith(".size", StringComparison.Ordinal) ? m.Value[..^".size".Length] : m.Value)).Distinct().ToList();

        Assert.That(used, Has.Count.GreaterThan(50));
        Assert.That(used.Where(u => !paths.Contains(u) && !paths.Any(p => p.StartsWith(u + ".", StringComparison.Ordinal))), Is.Empty);
    }

    private static string Table()
    {
        var builder = new StringBuilder();
        builder.Append("| variable | type | letters |\n|---|---|---|\n");
        foreach (var (path, (type, kinds)) in Variables().OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            builder.Append($"| `{path}` | {type} | {kinds} |\n");
        }

        return builder.ToString();
    }

    /// <summary>Every variable path of the sample view models, with its type and the letters that carry it.</summary>
    private static SortedDictionary<string, (string Type, string Kinds)> Variables()
    {
        var result = new SortedDictionary<string, (string Type, string Kinds)>(StringComparer.Ordinal);
        var request = new HashSet<string>(StringComparer.Ordinal);
        var appeal = new HashSet<string>(StringComparer.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "burn-scar-forearm.json", "urgent-multi-service-request.json", "acne-scars-cosmetic.json" })
        {
            var @case = CaseFileReader.Load(RepoPaths.SampleCase(name)).Case;
            Walk(LetterModelBuilder.ForPreAuthorization(Assessments.For(@case, DocumentKind.PreAuthorization)).Script, "", request, types);
        }

        foreach (var name in new[] { "appeal-co50-medical-necessity.json", "second-level-appeal.json", "external-review-request.json", "medicare-redetermination.json", "appeal-co197-original-request.json" })
        {
            var @case = CaseFileReader.Load(RepoPaths.SampleCase(name)).Case;
            Walk(LetterModelBuilder.ForAppeal(Assessments.For(@case, DocumentKind.Appeal)).Script, "", appeal, types);
        }

        foreach (var path in request.Union(appeal))
        {
            var kinds = (request.Contains(path), appeal.Contains(path)) switch
            {
                (true, true) => "both",
                (true, false) => "request",
                _ => "appeal",
            };
            result[path] = (types[path], kinds);
        }

        return result;
    }

    private static void Walk(ScriptObject script, string prefix, HashSet<string> seen, Dictionary<string, string> types)
    {
        foreach (var key in script.Keys)
        {
            var path = prefix + key;
            var value = script[key];
            seen.Add(path);
            switch (value)
            {
                case ScriptObject child:
                    types[path] = "object";
                    Walk(child, path + ".", seen, types);
                    break;
                case ScriptArray array:
                    var objects = array.OfType<ScriptObject>().ToList();
                    if (objects.Count > 0 || !types.TryGetValue(path, out var known) || known == "list of text")
                    {
                        types[path] = objects.Count > 0 ? "list of objects" : (array.Count > 0 ? "list of text" : types.GetValueOrDefault(path, "list of text"));
                    }

                    foreach (var item in objects)
                    {
                        Walk(item, path + "[].", seen, types);
                    }

                    break;
                case bool:
                    types[path] = "true/false";
                    break;
                default:
                    types[path] = "text";
                    break;
            }
        }
    }
}

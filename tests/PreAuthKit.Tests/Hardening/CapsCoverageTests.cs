using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using PreAuthKit.Model;
using PreAuthKit.Templating;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// Every string and every list of the case model is capped by <see cref="CaseLimitsValidator"/>,
/// found by reflection over the model rather than from a list kept by hand: a field added to the
/// model without a cap fails here. The template engine's limits, derived from
/// <see cref="CaseLimits.TotalTextCharacters"/> and <see cref="CaseLimits.TotalListEntries"/>, are
/// checked to cover a case with every field and list at its cap.
/// </summary>
public partial class CapsCoverageTests
{
    private const int Over = 1_000_001;

    /// <summary>Lists whose count is capped by a rule of their own rather than PAK-CAP-002.</summary>
    private static readonly Dictionary<string, (string Code, long Cap)> OwnRules = new(StringComparer.Ordinal)
    {
        ["diagnoses"] = ("PAK-DX-008", CaseLimits.Diagnoses),
    };

    [Test]
    public void Every_string_of_the_model_has_a_cap()
    {
        var fields = ModelFields.Of(typeof(PreAuthCase));
        var strings = fields.Where(f => f.IsText).Select(f => f.Path).ToList();
        var @case = (PreAuthCase)ModelFields.Build(typeof(PreAuthCase), "", _ => 1, path => new string('x', Over));

        var capped = CaseLimitsValidator.Check(@case).Where(f => f.Code == "PAK-CAP-001").Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        Assert.That(strings, Is.Not.Empty);
        Assert.That(strings.Where(p => !capped.Contains(p)), Is.Empty, "strings without a cap (add them to CaseLimitsValidator)");
    }

    [Test]
    public void Every_list_of_the_model_has_a_cap()
    {
        var lists = ModelFields.Of(typeof(PreAuthCase)).Where(f => f.IsList).Select(f => f.Path).ToList();
        Assert.That(lists, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var list in lists)
            {
                // Only this list is long; every other list holds one entry.
                var @case = (PreAuthCase)ModelFields.Build(typeof(PreAuthCase), "", path => path == list ? 20_001 : 1, _ => "x");
                if (OwnRules.TryGetValue(list, out var own))
                {
                    // A list whose count is a rule of its own (diagnoses: PAK-DX-008, a claim carries 12).
                    var report = Support.TestCases.Generator().Validate(CaseInput.FromCase(@case));
                    Assert.That(report.Errors.Where(f => f.Path == list).Select(f => f.Code), Does.Contain(own.Code), $"{list} has its own cap");
                    continue;
                }

                var findings = CaseLimitsValidator.Check(@case).Where(f => f.Code == "PAK-CAP-002").Select(f => f.Path).ToList();
                Assert.That(findings, Does.Contain(list), $"{list} has no cap");
            }
        });
    }

    [Test]
    public void Template_limits_cover_a_case_with_every_field_at_its_cap()
    {
        var fields = ModelFields.Of(typeof(PreAuthCase));
        var caps = Caps(fields);

        // The worst case: each string at its cap, times the caps of the lists it sits in.
        long characters = 0, entries = 0;
        foreach (var field in fields)
        {
            var multiplier = field.Lists.Aggregate(1L, (product, list) => product * caps[list]);
            if (field.IsText)
            {
                characters += multiplier * caps[field.Path];
            }

            if (field.IsList)
            {
                entries += multiplier * caps[field.Path];
            }
        }

        Assert.That(characters, Is.LessThanOrEqualTo(CaseLimits.TotalTextCharacters), "CaseLimits.TotalTextCharacters is the bound the template output limit is derived from");
        Assert.That(entries, Is.LessThanOrEqualTo(CaseLimits.TotalListEntries), "CaseLimits.TotalListEntries is the bound the template loop limit is derived from");
        Assert.That((long)CaseLimits.TotalTextCharacters, Is.LessThan(TemplateRenderer.OutputLimit));
        Assert.That((long)CaseLimits.TotalListEntries, Is.LessThan(TemplateRenderer.LoopLimit));
    }

    /// <summary>Each field's cap as the validator states it (the number after "the limit is").</summary>
    private static Dictionary<string, long> Caps(IReadOnlyList<ModelField> fields)
    {
        var caps = new Dictionary<string, long>(StringComparer.Ordinal);
        var @case = (PreAuthCase)ModelFields.Build(typeof(PreAuthCase), "", _ => 1, _ => new string('x', Over));
        foreach (var finding in CaseLimitsValidator.Check(@case).Where(f => f.Code == "PAK-CAP-001"))
        {
            caps[finding.Path] = Limit(finding.Message);
        }

        foreach (var (list, rule) in OwnRules)
        {
            caps[list] = rule.Cap;
        }

        foreach (var list in fields.Where(f => f.IsList && !OwnRules.ContainsKey(f.Path)))
        {
            var longCase = (PreAuthCase)ModelFields.Build(typeof(PreAuthCase), "", path => path == list.Path ? 20_001 : 1, _ => "x");
            var finding = CaseLimitsValidator.Check(longCase).First(f => f.Code == "PAK-CAP-002" && f.Path == list.Path);
            caps[list.Path] = Limit(finding.Message);
        }

        return caps;
    }

    private static long Limit(string message) => long.Parse(LimitPattern().Match(message).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"the limit is ([\d,]+)")]
    private static partial Regex LimitPattern();

    /// <summary>A string or list of the model at its JSON path (list entries as <c>[0]</c>), with the lists it sits in.</summary>
    private sealed record ModelField(string Path, bool IsText, bool IsList, IReadOnlyList<string> Lists);

    private static class ModelFields
    {
        public static List<ModelField> Of(Type type) => Walk(type, "", []).ToList();

        private static IEnumerable<ModelField> Walk(Type type, string prefix, IReadOnlyList<string> lists)
        {
            foreach (var property in Properties(type))
            {
                var path = Join(prefix, property.Name);
                var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (t == typeof(string))
                {
                    yield return new ModelField(path, true, false, lists);
                }
                else if (ElementType(t) is { } element)
                {
                    yield return new ModelField(path, false, true, lists);
                    var inner = path + "[0]";
                    var within = lists.Append(path).ToList();
                    if (element == typeof(string))
                    {
                        yield return new ModelField(inner, true, false, within);
                    }
                    else if (IsRecord(element))
                    {
                        foreach (var field in Walk(element, inner, within))
                        {
                            yield return field;
                        }
                    }
                }
                else if (IsRecord(t))
                {
                    foreach (var field in Walk(t, path, lists))
                    {
                        yield return field;
                    }
                }
            }
        }

        /// <summary>An instance with every nested record present, lists of <paramref name="count"/> entries and strings from <paramref name="text"/>.</summary>
        public static object Build(Type type, string prefix, Func<string, int> count, Func<string, string> text)
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var property in Properties(type))
            {
                var path = Join(prefix, property.Name);
                var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (t == typeof(string))
                {
                    property.SetValue(instance, text(path));
                }
                else if (ElementType(t) is { } element)
                {
                    var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                    var n = count(path);
                    var entry = element == typeof(string) ? text(path + "[0]") : IsRecord(element) ? Build(element, path + "[0]", count, text) : Activator.CreateInstance(element);
                    for (var i = 0; i < n; i++)
                    {
                        list.Add(entry);
                    }

                    property.SetValue(instance, list);
                }
                else if (IsRecord(t))
                {
                    property.SetValue(instance, Build(t, path, count, text));
                }
            }

            return instance;
        }

        private static IEnumerable<PropertyInfo> Properties(Type type)
            => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken);

        private static Type? ElementType(Type type)
            => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

        private static bool IsRecord(Type type) => type.IsClass && type.Namespace == typeof(PreAuthCase).Namespace;

        private static string Join(string prefix, string name)
        {
            var camel = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
            return prefix.Length == 0 ? camel : prefix + "." + camel;
        }
    }
}

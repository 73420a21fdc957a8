using System.Text;
using System.Text.RegularExpressions;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Tests.Validation;

/// <summary>
/// The finding catalog is the one definition of every code: docs/case-file.md's code table is
/// exactly the catalog's, and no other source file spells a code the catalog does not define.
/// </summary>
public partial class FindingCatalogTests
{
    private const string Begin = "<!-- finding-codes:begin (generated from FindingCatalog; FindingCatalogTests checks it) -->";
    private const string End = "<!-- finding-codes:end -->";

    private static string DocPath => Path.Combine(RepoPaths.Root, "docs", "case-file.md");

    [Test]
    public void Docs_code_table_is_the_catalog()
    {
        var doc = File.ReadAllText(DocPath);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0).And.LessThan(end), "docs/case-file.md lacks the generated code table markers");

        var expected = doc[..(start + Begin.Length)] + "\n" + Table() + End + doc[(end + End.Length)..];
        if (expected != doc)
        {
            // Not a snapshot to approve blindly: the diff shows which catalog entry changed.
            File.WriteAllText(DocPath + ".received.md", expected);
        }

        Assert.That(doc, Is.EqualTo(expected), $"docs/case-file.md's code table differs from the catalog; the expected file is {DocPath}.received.md");
    }

    [Test]
    public void Every_code_is_well_formed_and_its_family_is_ordered()
    {
        Assert.That(FindingCatalog.All, Has.Count.GreaterThan(100));
        Assert.Multiple(() =>
        {
            foreach (var definition in FindingCatalog.All)
            {
                Assert.That(definition.Code, Does.Match("^PAK-[A-Z]+-[0-9]{3}$"));
                Assert.That(FindingCatalog.FamilyOrder, Does.Contain(definition.Family), definition.Code);
                Assert.That(definition.Template, Is.Not.Empty, definition.Code);
                Assert.That(definition.Rule, Is.Not.Empty, definition.Code);
                Assert.That(Enum.IsDefined(definition.Section), definition.Code);
            }
        });
        Assert.That(FindingCatalog.All.Select(d => d.Code), Is.Unique);
    }

    [Test]
    public void No_source_file_spells_a_code_the_catalog_does_not_define()
    {
        var catalogFolder = Path.Combine(RepoPaths.Root, "src", "PreAuthKit", "Validation", "Findings");
        var spelled = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "PreAuthKit"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.StartsWith(catalogFolder, StringComparison.Ordinal))
            .SelectMany(file => Code().Matches(WithoutDocComments(File.ReadAllText(file))).Select(m => (file: Path.GetFileName(file), code: m.Value)))
            .ToList();

        Assert.That(spelled.Where(s => FindingCatalog.Find(s.code) is null), Is.Empty, "codes used outside the catalog must be defined in it");
        Assert.That(spelled.Select(s => s.file).Distinct(), Is.SubsetOf(new[] { "ElementFactory.cs", "LayoutContext.cs", "DocumentLayouter.cs", "LayoutWarning.cs" }),
            "outside the catalog only the layout stage spells its codes (it raises warnings, not findings)");
    }

    [Test]
    public void Photo_messages_name_photos_by_number_only()
    {
        foreach (var definition in FindingCatalog.All.Where(d => d.Code.StartsWith("PAK-PHO-0", StringComparison.Ordinal) && d.Template.Contains("{0}", StringComparison.Ordinal)))
        {
            Assert.That(definition.Template, Does.StartWith("Photo {0}"), definition.Code);
        }
    }

    /// <summary>The code lines of a source file (XML doc comments may cite a code as an example).</summary>
    private static string WithoutDocComments(string source)
        => string.Join('\n', source.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    /// <summary>The Markdown table of every code, as docs/case-file.md carries it.</summary>
    internal static string Table()
    {
        var table = new StringBuilder();
        table.Append("| code | severity | section | path | rule |\n|---|---|---|---|---|\n");
        foreach (var d in FindingCatalog.All)
        {
            var severity = d.Checklist ? "checklist" : d.Severity.ToString().ToLowerInvariant();
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{d.Code}` | {severity} | {d.Section.Title()} | `{d.Path}` | {d.Rule} |\n");
        }

        return table.ToString();
    }

    [GeneratedRegex("PAK-[A-Z]+-[0-9]{3}")]
    private static partial Regex Code();
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// Tagged PDF (PDF/UA-1) as independent readers see it: Poppler's <c>pdfinfo -struct-text</c>, pdf.js
/// <c>getStructTree</c>, and the content-order text of pypdf, pdfminer and pdftotext.
/// </summary>
public partial class TaggedStructureTests
{
    private static SamplePdfs.Sample Burn => SamplePdfs.Samples.Single(s => s.Name == "burn-scar-forearm");

    [Test]
    public void Poppler_reports_a_tagged_pdf_with_headings_lists_tables_and_figures()
    {
        var info = ExternalTool.Run("pdfinfo", Burn.Path);
        var structure = ExternalTool.Run("pdfinfo", "-struct-text", Burn.Path);

        Assert.That(info.ExitCode, Is.Zero, info.Output);
        Assert.That(structure.ExitCode, Is.Zero, structure.Output);
        var tree = structure.Stdout;
        Assert.Multiple(() =>
        {
            Assert.That(info.Stdout, Does.Match(@"Tagged:\s+yes"));
            Assert.That(structure.Stderr, Is.Empty, "pdfinfo complains about the structure");
            foreach (var role in new[] { "Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure" })
            {
                Assert.That(tree, Does.Match(@"(?m)^\s*" + role + @"\b"), role);
            }

            Assert.That(tree, Does.Match("H1 \\(block\\)\\s+\"Request for Prior Authorization: Letter of Medical Necessity ?\""), "the H1 text");
            Assert.That(tree, Does.Match(@"Caption\s+""Photograph 1 ?"""), "captions are tagged with their text");
            Assert.That(tree, Does.Contain("/Scope /Column"), "header cells say what they head");
            Assert.That(tree, Does.Match(@"TD\s+""[^""]*\bNPI 1234567893\b[^""]*"""), "an NPI stays whole inside its table cell");
            Assert.That(tree, Does.Not.Contain("Page 1 of"), "the footer is an artifact");
            Assert.That(tree, Does.Not.Contain("Riverside Dermatology & Scar Clinic\"\n    \"400"), "the letterhead is an artifact");
            Assert.That(tree, Does.Not.Contain("ofthe"), "wrapped lines keep their word boundary");
        });
    }

    [Test]
    public void Pdfjs_sees_the_structure_tree_with_alternative_text_for_every_photograph()
    {
        var json = PdfJs(Burn.Path);
        var roles = new List<string>();
        var alts = new List<string>();
        foreach (var page in json.GetProperty("pages").EnumerateArray())
        {
            Collect(page.GetProperty("tree"), roles, alts);
        }

        var figures = roles.Count(r => r == "Figure");
        Assert.Multiple(() =>
        {
            Assert.That(roles, Is.SupersetOf(new[] { "Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Caption" }));
            Assert.That(figures, Is.EqualTo(2), "one figure per photograph");
            var photoAlts = alts.Where(a => a.StartsWith("Photograph", StringComparison.Ordinal)).ToList();
            Assert.That(photoAlts, Has.Count.EqualTo(2));
            Assert.That(photoAlts, Has.All.Contain("body site: Left volar").And.All.Contain("Taken 11/02/2026").And.All.Contain("Pre-treatment:"));
            Assert.That(alts, Has.Some.EqualTo("Checked"), "a ticked checklist box says so");
            Assert.That(json.GetProperty("title").GetString(), Is.EqualTo("Pre-authorization request"));
        });
    }

    [Test]
    public void Pdfjs_reads_the_footer_after_the_page_body()
    {
        var firstPage = PdfJs(Burn.Path).GetProperty("pages")[0].GetProperty("text").GetString()!;

        var footer = firstPage.IndexOf("Page 1 of", StringComparison.Ordinal);
        var body = firstPage.IndexOf("Request for Prior Authorization", StringComparison.Ordinal);
        Assert.That(body, Is.GreaterThanOrEqualTo(0));
        Assert.That(footer, Is.GreaterThan(body));
    }

    [Test]
    public void Every_drawing_operator_is_marked_content_or_an_artifact()
    {
        Assert.Multiple(() =>
        {
            foreach (var sample in SamplePdfs.Samples)
            {
                using var document = UglyToad.PdfPig.PdfDocument.Open(sample.Pdf);
                foreach (var page in document.GetPages())
                {
                    var depth = 0;
                    var drawing = 0;
                    var unmarked = 0;
                    foreach (var operation in page.Operations)
                    {
                        switch (operation.Operator)
                        {
                            case "BDC" or "BMC":
                                depth++;
                                break;
                            case "EMC":
                                depth--;
                                break;
                            case "Tj" or "TJ" or "'" or "\"" or "Do" or "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*":
                                drawing++;
                                unmarked += depth > 0 ? 0 : 1;
                                break;
                        }
                    }

                    Assert.That(drawing, Is.GreaterThan(0), $"{sample.Name} page {page.Number} draws something");
                    Assert.That(unmarked, Is.Zero, $"{sample.Name} page {page.Number}: {unmarked} of {drawing} drawing operators are neither tagged content nor artifacts");
                    Assert.That(depth, Is.Zero, $"{sample.Name} page {page.Number}: marked content is balanced");
                }
            }
        });
    }

    [Test]
    public void Catalog_says_marked_language_and_display_title_and_xmp_says_pdfua()
    {
        var text = Encoding.Latin1.GetString(Burn.Pdf);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Match(@"/MarkInfo\s*(\d+ 0 R|<<\s*/Marked\s*true)"));
            Assert.That(text, Does.Contain("/Marked true"));
            Assert.That(text, Does.Match(@"/Lang\s*\(en-US\)"));
            Assert.That(text, Does.Match(@"/DisplayDocTitle\s*true"));
            Assert.That(text, Does.Contain("/StructTreeRoot"));
            Assert.That(text, Does.Contain("<pdfuaid:part>1</pdfuaid:part>"));
        });
    }

    [Test]
    public void Pypdf_pdfminer_and_pdftotext_keep_each_table_cell_whole()
    {
        const string Script = """
import sys
from pypdf import PdfReader
from pdfminer.high_level import extract_text
path = sys.argv[1]
print("PYPDF-BEGIN"); print("\n".join(p.extract_text() for p in PdfReader(path).pages)); print("PYPDF-END")
print("PDFMINER-BEGIN"); print(extract_text(path)); print("PDFMINER-END")
""";
        var python = ExternalTool.Run(ExternalTool.Python, "-c", Script, Burn.Path);
        Assert.That(python.ExitCode, Is.Zero, python.Output);
        var pypdf = Between(python.Stdout, "PYPDF-BEGIN", "PYPDF-END");
        var pdfminer = Between(python.Stdout, "PDFMINER-BEGIN", "PDFMINER-END");
        var pdftotext = ExternalTool.Run("pdftotext", "-enc", "UTF-8", Burn.Path, "-").Stdout;

        Assert.Multiple(() =>
        {
            foreach (var (reader, text) in new[] { ("pypdf", pypdf), ("pdfminer", pdfminer), ("pdftotext", pdftotext) })
            {
                var tokens = Tokens(text);
                Assert.That(tokens, Has.Member("1234567893"), $"{reader}: requesting provider NPI as one token");
                Assert.That(tokens, Has.Member("1558598797"), $"{reader}: clinic NPI as one token");
                Assert.That(tokens, Has.Member("EXH123456789"), $"{reader}: member ID as one token");
                Assert.That(tokens, Has.Member("17999"), $"{reader}: CPT code as one token");
                Assert.That(tokens, Has.Member("L90.5"), $"{reader}: ICD-10-CM code as one token");
                Assert.That(text, Does.Not.Contain("MD1234567893"), $"{reader}: cells are not glued together");
            }
        });
    }

    private static string[] Tokens(string text) => Separators().Split(text).Where(t => t.Length > 0).ToArray();

    [GeneratedRegex(@"[\s,;()]+")]
    private static partial Regex Separators();

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    internal static JsonElement PdfJs(string pdf)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "PreAuthKit.Tests", "Pdf", "pdfjs");
        Assert.That(Directory.Exists(Path.Combine(folder, "node_modules", "pdfjs-dist")), Is.True, "pdf.js is not installed: npm ci --prefix tests/PreAuthKit.Tests/Pdf/pdfjs (.ci/run does)");
        var result = ExternalTool.RunIn(folder, "node", "struct-tree.mjs", pdf);
        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Stderr, Does.Not.Contain("Warning"), "pdf.js warns");
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static void Collect(JsonElement node, List<string> roles, List<string> alts)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("role", out var role))
        {
            roles.Add(role.GetString()!);
        }

        if (node.TryGetProperty("alt", out var alt))
        {
            alts.Add(alt.GetString()!);
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, roles, alts);
            }
        }
    }
}

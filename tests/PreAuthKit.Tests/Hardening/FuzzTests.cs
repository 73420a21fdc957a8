using System.Text;
using CsCheck;
using PreAuthKit.CaseFiles;
using PreAuthKit.Layout;
using PreAuthKit.Markdown;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// Property-based fuzzing (CsCheck) of the case-file reader and of the Markdown-to-layout path,
/// bounded by iteration count (no wall-time assertion), so it runs the same in CI every time.
/// Properties: no exception other than the documented ones; a result or a coded refusal; and for
/// case text, no lost text: every printable character of a value is laid out, in order.
/// </summary>
public class FuzzTests
{
    private const long ReaderIterations = 1_500;
    private const long LayoutIterations = 400;

    private static readonly byte[] SampleJson = File.ReadAllBytes(RepoPaths.SampleCase("burn-scar-forearm.json"));

    private static readonly string[] Splices =
    [
        "null", "\"female, male\"", "\"Female\"", "1e999", "-0", "\"\\ud800\"", "\"\\u0000\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{", "}", "]", ",", ":", "\"", "\\", "\"2026-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "true", "{}", "[]", "\"\u001b[31m\"",
        "/*", "//", "\"../../etc/passwd\"", "\"\\\\server\\\\share\"", "99999999999999999999", "\"\u202E\"", "\uFEFF",
    ];

    /// <summary>The sample case's bytes with a handful of mutations: splices of hostile tokens, random bytes, cuts and duplications.</summary>
    private static readonly Gen<byte[]> MutatedCase =
        Gen.Select(Gen.Int[1, 6].Array[1, 6], Gen.Int[0, int.MaxValue].Array[6], Gen.Byte.Array[6], (kinds, positions, bytes) =>
        {
            var data = new List<byte>(SampleJson);
            for (var i = 0; i < kinds.Length; i++)
            {
                var at = positions[i] % (data.Count + 1);
                switch (kinds[i])
                {
                    case 1:
                        data.InsertRange(at, Encoding.UTF8.GetBytes(Splices[positions[i] % Splices.Length]));
                        break;
                    case 2:
                        data.Insert(at, bytes[i]);
                        break;
                    case 3 when at < data.Count:
                        data[at] = bytes[i];
                        break;
                    case 4:
                        data.RemoveRange(at, Math.Min(data.Count - at, 1 + (bytes[i] % 40)));
                        break;
                    case 5:
                        var length = Math.Min(data.Count - at, 1 + (bytes[i] % 200));
                        data.InsertRange(at, data.GetRange(at, length));
                        break;
                    default:
                        data.RemoveRange(at, data.Count - at);
                        break;
                }
            }

            return data.ToArray();
        });

    /// <summary>Case text: letters, Markdown and Scriban punctuation, whitespace, controls, non-Latin and astral characters, long runs.</summary>
    private static readonly Gen<string> CaseText =
        Gen.Select(Gen.Int[0, 11].Array[0, 120], Gen.Int[0, 4000].Array[120], (kinds, values) =>
        {
            const string Markdown = "\\`*_{}[]()<>#+-.!|~\"'&:;=$%^@?/,";
            var builder = new StringBuilder();
            for (var i = 0; i < kinds.Length; i++)
            {
                var v = values[i];
                builder.Append(kinds[i] switch
                {
                    0 or 1 or 2 => ((char)('a' + (v % 26))).ToString(),
                    3 => " ",
                    4 => Markdown[v % Markdown.Length].ToString(),
                    5 => "{{ patient.full_name }}",
                    6 => new[] { "\n", "\r\n", "\t", "\u0000", "\u001b[2J", "\u00A0", "\u2028", "\u00AD", "\u200B" }[v % 9],
                    7 => new[] { "é", "ß", "Ж", "中", "ع", "\U0001F600", "\u0301", "ﬁ", "\u202E" }[v % 9],
                    8 => new string((char)('A' + (v % 26)), v % 3000),
                    9 => "&amp;&#x41;<b>x</b>",
                    10 => "- [ ] item\n# heading\n| a | b |\n:::page-break\n:::",
                    _ => "1. ",
                });
            }

            return builder.ToString();
        });

    [Test]
    public void Case_file_reader_returns_a_case_or_a_coded_refusal()
    {
        var today = new DateOnly(2026, 11, 26);
        MutatedCase.Sample(bytes =>
        {
            PreAuthKit.Model.PreAuthCase @case;
            try
            {
                @case = CaseFileReader.Parse(CaseFileReader.DecodeUtf8(bytes));
            }
            catch (CaseFileException ex)
            {
                Assert.That(ex.Finding.Code, Does.StartWith("PAK-FILE-"));
                return;
            }

            // A case that reads must validate without an exception.
            var report = CaseValidator.Validate(@case, today);
            Assert.That(report.Findings.All(f => f.Code.StartsWith("PAK-", StringComparison.Ordinal)), Is.True);
        }, iter: ReaderIterations, threads: 1);
    }

    [Test]
    public void Case_text_reaches_the_layout_whole_in_paragraphs_tables_and_lists()
    {
        using var measurer = new TextMeasurer();
        CaseText.Sample(text =>
        {
            var escaped = MarkdownText.Escape(text);
            // What the escape keeps: line breaks and tabs as spaces, other controls dropped, the ends trimmed.
            var kept = new string(text.Select(c => c is '\r' or '\n' or '\t' ? ' ' : c).Where(c => !char.IsControl(c)).ToArray()).Trim();
            var value = Visible(measurer.Printable(kept, TextStyle.Body, new HashSet<int>()));
            foreach (var (markdown, prefix) in new[] { ($"Value: {escaped}\n", "Value:"), ($"| Item |\n|---|\n| {escaped} |\n", ""), ($"- {escaped}\n", "\u2022") })
            {
                var layout = new DocumentLayouter(PageSetup.Letter, PageFurniture.None, measurer).Layout(BlockBuilder.Build(MarkdownParser.Parse(markdown)));

                // The table's bold header row repeats on every page it spans; the value itself is never bold.
                var printed = Visible(string.Concat(layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Where(t => !t.Style.Bold).Select(t => t.Text)));
                Assert.That(printed, Is.EqualTo(prefix + value), $"every printable character of the value, in order ({markdown[..Math.Min(12, markdown.Length)]}...)");
            }
        }, iter: LayoutIterations, threads: 1);
    }

    [Test]
    public void Any_markdown_lays_out_without_an_exception()
    {
        using var measurer = new TextMeasurer();
        CaseText.Sample(markdown =>
        {
            var layout = new DocumentLayouter(PageSetup.A4, PageFurniture.None, measurer).Layout(BlockBuilder.Build(MarkdownParser.Parse(markdown)));
            Assert.That(layout.Pages, Is.Not.Empty);
        }, iter: LayoutIterations, threads: 1);
    }

    [TestCase("    {{ x }}")]
    [TestCase("\u0000    indented")]
    [TestCase("\n\n    after blank lines")]
    [TestCase("\t\tTabbed * text")]
    public void A_value_with_leading_whitespace_never_becomes_a_code_block(string text)
    {
        // Found by the fuzz test: "- " + four spaces made an indented code block, printing the escapes.
        using var measurer = new TextMeasurer();
        var blocks = BlockBuilder.Build(MarkdownParser.Parse($"- {MarkdownText.Escape(text)}\n\n{MarkdownText.Escape(text)}\n"));
        var layout = new DocumentLayouter(PageSetup.Letter, PageFurniture.None, measurer).Layout(blocks);

        var printed = string.Concat(layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Select(t => t.Text));
        Assert.That(printed, Does.Not.Contain("\\"), "no escape is printed");
        Assert.That(layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().Select(t => t.Style.Family), Has.None.Contains("Mono"));
    }

    private static string Visible(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}

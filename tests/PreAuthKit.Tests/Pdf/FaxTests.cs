using System.Text;
using System.Text.RegularExpressions;
using PreAuthKit.CaseFiles;
using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;
using PreAuthKit.Markdown;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// The fax-friendly option (issue 12, item 5): after a 1-bit 204x196 dpi fax raster of page 1
/// (Ghostscript's tiffg3 device, what a fax modem sends in fine mode), Debian's tesseract with its
/// default settings reads back the member ID (the Medicare number on a Medicare case), the claim
/// number of an appeal and every ICD-10-CM and CPT/HCPCS code of the case, for the request and the
/// appeal letter of every sample. One rasterisation and one OCR run per document.
/// </summary>
public class FaxTests
{
    public static IEnumerable<TestCaseData> Documents()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleCases, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var caseName = Path.GetFileNameWithoutExtension(file);
            yield return new TestCaseData(name, "preauth").SetName($"Fax_page_1_ocr_reads_every_identifier_and_code({caseName}, preauth)");
            if (CaseFileReader.Load(file).Case.Appeal is not null)
            {
                yield return new TestCaseData(name, "appeal").SetName($"Fax_page_1_ocr_reads_every_identifier_and_code({caseName}, appeal)");
            }
        }
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Fax_page_1_ocr_reads_every_identifier_and_code(string caseName, string kind)
    {
        var caseFile = CaseFileReader.Load(RepoPaths.SampleCase(caseName));
        var generator = TestCases.Generator(o => o.FaxFriendly = true);
        byte[] pdf;
        try
        {
            pdf = (kind == "appeal" ? await generator.RenderAppealAsync(caseFile) : await generator.RenderPreAuthorizationAsync(caseFile)).Pdf.ToArray();
        }
        catch (CaseValidationException)
        {
            // Refused: no PDF is sent. Only the late appeal sample is refused (both documents).
            Assert.That(caseName, Does.StartWith("late-"), $"{kind} of {caseName} renders");
            return;
        }

        var expected = Expected(caseFile, kind);
        Assert.That(expected, Is.Not.Empty);
        var words = PageOneWords(pdf);
        var ocr = OcrPageOne(pdf);
        Assert.Multiple(() =>
        {
            foreach (var code in expected)
            {
                Assert.That(words, Does.Contain(code), $"{kind}: {code} is one word in page 1's text layer");
                Assert.That(ContainsToken(ocr, code), Is.True, $"{kind}: {code} read back by tesseract from the fax raster of page 1; it read:\n{ocr}");
            }
        });
    }

    [Test]
    public async Task Identifier_table_is_on_page_1_of_the_fax_rendering_only_and_is_tagged_as_a_table_with_header_cells()
    {
        var fax = (await TestCases.Generator(o => o.FaxFriendly = true).RenderPreAuthorizationAsync(TestCases.BurnScarForearm())).Pdf.ToArray();
        var plain = (await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm())).Pdf.ToArray();

        using (var parsed = UglyToad.PdfPig.PdfDocument.Open(plain))
        {
            Assert.That(parsed.GetPages().Select(p => p.Text), Has.None.Contains(FaxIndex.Heading), "the default rendering has no identifier table");
        }

        using (var parsed = UglyToad.PdfPig.PdfDocument.Open(fax))
        {
            Assert.That(parsed.GetPage(1).Text, Does.Contain(FaxIndex.Heading));
        }

        var folder = Directory.CreateTempSubdirectory("preauthkit-fax-").FullName;
        try
        {
            var path = Path.Combine(folder, "fax.pdf");
            File.WriteAllBytes(path, fax);
            var structure = ExternalTool.Run("pdfinfo", "-struct-text", path);
            Assert.That(structure.ExitCode, Is.Zero, structure.Stderr);
            var at = structure.Stdout.IndexOf("\"" + FaxIndex.Heading + " \"", StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThan(0), structure.Stdout);
            var table = Regex.Match(structure.Stdout[at..], @"\A[^\n]*\n\s*Table \(block\)\n(?<body>(?:\s{4,}.*\n)+)");
            Assert.That(table.Success, Is.True, "the heading is followed by a Table element:\n" + structure.Stdout[at..Math.Min(structure.Stdout.Length, at + 600)]);
            var body = table.Groups["body"].Value;
            Assert.That(Regex.Count(body, @"TH:?\s"), Is.EqualTo(2), "one header cell per column");
            Assert.That(body, Does.Contain("\"Member ID \"").And.Contain("\"EXH123456789 \"").And.Contain("\"T22.312S \"").And.Contain("\"17999 \""), "label and value each a cell of their own");

            var qpdf = ExternalTool.Run("qpdf", "--check", path);
            Assert.That(qpdf.ExitCode, Is.Zero, qpdf.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Identifier_table_at_the_code_caps_starts_on_page_1_under_the_title_and_loses_no_entry()
    {
        var entries = Enumerable.Range(0, CaseLimits.Diagnoses).Select(i => ("ICD-10-CM", $"L90.{i}"))
            .Concat(Enumerable.Range(0, CaseLimits.Procedures).Select(i => ("CPT/HCPCS", $"{15780 + i}")))
            .Prepend(("Member ID", "EXH123456789"))
            .ToList();
        var blocks = BlockBuilder.Build(MarkdownParser.Parse("# A title\n\nA paragraph after the title.\n"));

        var inserted = FaxIndex.Insert(blocks, entries);

        Assert.That(inserted[0], Is.InstanceOf<HeadingContent>().With.Property(nameof(HeadingContent.Level)).EqualTo(1));
        Assert.That(inserted[1], Is.InstanceOf<HeadingContent>().With.Property(nameof(HeadingContent.PlainText)).EqualTo(FaxIndex.Heading));
        Assert.That(inserted[2], Is.InstanceOf<TableContent>().With.Property(nameof(TableContent.Header)).Not.Null);
        using var measurer = new TextMeasurer();
        var layout = new DocumentLayouter(PageSetup.Letter, PageFurniture.None, measurer).Layout(inserted);
        var pageOne = layout.Pages[0].Items.OfType<TextItem>().Select(t => t.Text.Trim()).ToList();
        var all = layout.Pages.SelectMany(p => p.Items.OfType<TextItem>()).Select(t => t.Text.Trim()).ToList();
        Assert.That(pageOne, Does.Contain(FaxIndex.Heading).And.Contain("EXH123456789").And.Contain("L90.0"), "the table starts on page 1");
        Assert.That(entries.Select(e => e.Item2), Is.SubsetOf(all), "a table longer than page 1 continues, nothing is cut");
        Assert.That(all, Does.Contain("A paragraph after the title."));
    }

    [Test]
    public async Task Fax_output_has_greyscale_photos_and_no_grey_fills()
    {
        var document = await TestCases.Generator(o => o.FaxFriendly = true).RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
        var pdf = document.Pdf.ToArray();
        var text = Encoding.Latin1.GetString(pdf);

        var spaces = Regex.Matches(text, @"/Subtype/Image.*?/ColorSpace/(\w+)").Select(m => m.Groups[1].Value).ToList();
        Assert.That(spaces, Has.Count.EqualTo(2).And.All.EqualTo("DeviceGray"));
        using var parsed = UglyToad.PdfPig.PdfDocument.Open(pdf);
        foreach (var page in parsed.GetPages())
        {
            var greys = new List<string>();
            foreach (var operation in page.Operations)
            {
                var written = new MemoryStream();
                operation.Write(written);
                var op = Encoding.ASCII.GetString(written.ToArray()).Trim();
                if (op.EndsWith(" rg", StringComparison.Ordinal) || op.EndsWith(" g", StringComparison.Ordinal))
                {
                    greys.Add(op);
                }
            }

            Assert.That(greys.Where(g => !Regex.IsMatch(g, @"^(0 0 0 rg|1 1 1 rg|0 g|1 g)$")), Is.Empty, $"page {page.Number}: only black or white fills");
        }

        var plain = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
        Assert.That(Encoding.Latin1.GetString(plain.Pdf.Span), Does.Contain("/ColorSpace/DeviceRGB"), "the default keeps colour photos");
    }

    [Test]
    public void Code_like_tokens_are_set_in_the_code_face_and_words_are_not()
    {
        var runs = FaxStyle.Runs([new("Diagnosis Z85.820 and CPT 17999 for member EXH987654321, phone (555) 010-2000.", TextStyle.Body)]);

        var codes = runs.Where(r => r.Style.Size == FaxStyle.CodeSize).Select(r => r.Text).ToList();
        Assert.That(codes, Is.EqualTo(new[] { "Z85.820", "17999", "EXH987654321", "555", "010-2000" }));
        Assert.That(string.Concat(runs.Select(r => r.Text)), Is.EqualTo("Diagnosis Z85.820 and CPT 17999 for member EXH987654321, phone (555) 010-2000."));
        Assert.That(runs.Where(r => r.Text.Contains("Diagnosis", StringComparison.Ordinal)).Select(r => r.Style), Has.All.EqualTo(TextStyle.Body), "words keep the body style");
    }

    /// <summary>What intake keys in, from the case file itself: member ID (or Medicare number), the appeal's claim number, every diagnosis and procedure code.</summary>
    private static List<string> Expected(CaseFile caseFile, string kind)
    {
        var @case = caseFile.Case;
        var codes = new List<string> { @case.Patient.MemberId };
        if (kind == "appeal")
        {
            codes.Add(@case.Appeal!.ClaimNumber);
        }

        codes.AddRange(@case.Diagnoses.Select(d => d.Code));
        codes.AddRange(@case.Procedures.Select(p => p.Code));
        return codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
    }

    private static bool ContainsToken(string text, string token)
        => Regex.IsMatch(text, $"(?<![A-Za-z0-9]){Regex.Escape(token)}(?![A-Za-z0-9])");

    private static List<string> PageOneWords(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPage(1).GetWords().Select(w => w.Text).ToList();
    }

    /// <summary>Page 1 rasterised once at 204x196 dpi, 1 bit, CCITT G3 (<c>gs -sDEVICE=tiffg3</c>), read once by <c>tesseract page.tif -</c>.</summary>
    private static string OcrPageOne(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("preauthkit-fax-").FullName;
        try
        {
            var path = Path.Combine(folder, "document.pdf");
            var tiff = Path.Combine(folder, "page-1.tif");
            File.WriteAllBytes(path, pdf);
            var gs = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffg3", "-r204x196", "-dFirstPage=1", "-dLastPage=1", $"-sOutputFile={tiff}", path);
            Assert.That(gs.ExitCode, Is.Zero, gs.Output);
            var ocr = ExternalTool.Run("tesseract", tiff, "-");
            Assert.That(ocr.ExitCode, Is.Zero, ocr.Stderr);
            return ocr.Stdout;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;
using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// The fax-friendly option: after a 1-bit 204x196 dpi fax raster (Ghostscript's tiffg3 device, what a
/// fax modem sends in fine mode), tesseract reads back every ICD-10-CM and CPT/HCPCS code and the
/// member ID of each request, and the member ID and claim number of each appeal letter, from at least
/// one of the pages on which the text layer shows it.
/// </summary>
public class FaxTests
{
    public static IEnumerable<TestCaseData> Samples() => Directory.EnumerateFiles(RepoPaths.SampleCases, "*.json")
        .Order(StringComparer.Ordinal)
        .Select(f => new TestCaseData(Path.GetFileName(f)).SetName("Fax_raster_ocr_recovers_codes(" + Path.GetFileNameWithoutExtension(f) + ")"));

    [TestCaseSource(nameof(Samples))]
    public async Task Fax_raster_ocr_recovers_codes(string caseName)
    {
        var caseFile = CaseFileReader.Load(RepoPaths.SampleCase(caseName));
        var generator = TestCases.Generator(o => o.FaxFriendly = true);
        var documents = new List<(string Kind, byte[] Pdf)>();
        foreach (var (kind, render) in new (string, Func<Task<RenderedDocument>>)[]
        {
            ("preauth", () => generator.RenderPreAuthorizationAsync(caseFile)),
            ("appeal", () => generator.RenderAppealAsync(caseFile)),
        })
        {
            if (kind == "appeal" && caseFile.Case.Appeal is null)
            {
                continue;
            }

            try
            {
                documents.Add((kind, (await render()).Pdf.ToArray()));
            }
            catch (CaseValidationException)
            {
                // refused: no PDF is sent
            }
        }

        if (!caseName.StartsWith("late-", StringComparison.Ordinal))
        {
            Assert.That(documents, Is.Not.Empty, "every sample but the refused late appeal renders");
        }
        var folder = Directory.CreateTempSubdirectory("preauthkit-fax-").FullName;
        try
        {
            Assert.Multiple(() =>
            {
                foreach (var (kind, pdf) in documents)
                {
                    var path = Path.Combine(folder, kind + ".pdf");
                    File.WriteAllBytes(path, pdf);
                    var codes = Codes(caseFile, kind);
                    var read = new Dictionary<int, string>();
                    foreach (var code in codes.Where(c => !KnownOcrGaps.Contains(c)))
                    {
                        // Every page whose text layer shows the code is a chance for the fax reader; the
                        // code must come back from at least one of them (the page-1 "Re:" block alone is
                        // not always read right, docs/pdf.md "Fax").
                        var pages = PagesWith(path, code);
                        Assert.That(pages, Is.Not.Empty, $"{kind}: {code} is in the text layer");
                        var found = pages.Any(page => (read.TryGetValue(page, out var text) ? text : read[page] = Ocr(folder, path, page)).Contains(code, StringComparison.Ordinal));
                        Assert.That(found, Is.True, $"{kind}: {code} read back from the fax raster of one of pages {string.Join(", ", pages)}");
                    }
                }
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
        var runs = PreAuthKit.Layout.FaxStyle.Runs([new("Diagnosis Z85.820 and CPT 17999 for member EXH987654321, phone (555) 010-2000.", PreAuthKit.Layout.TextStyle.Body)]);

        var codes = runs.Where(r => r.Style.Size == PreAuthKit.Layout.FaxStyle.CodeSize).Select(r => r.Text).ToList();
        Assert.That(codes, Is.EqualTo(new[] { "Z85.820", "17999", "EXH987654321", "555", "010-2000" }));
        Assert.That(string.Concat(runs.Select(r => r.Text)), Is.EqualTo("Diagnosis Z85.820 and CPT 17999 for member EXH987654321, phone (555) 010-2000."));
        Assert.That(runs.Where(r => r.Text.Contains("Diagnosis", StringComparison.Ordinal)).Select(r => r.Style), Has.All.EqualTo(PreAuthKit.Layout.TextStyle.Body), "words keep the body style");
    }

    /// <summary>
    /// Identifiers tesseract does not read back from any page yet, listed by name so that every other
    /// code still fails the test when it regresses (docs/pdf.md, "Fax", not yet met): the Medicare
    /// number of the redetermination sample (an MBI mixes letters and digits, 5 reads as S).
    /// </summary>
    private static readonly HashSet<string> KnownOcrGaps = new(StringComparer.Ordinal) { "1EG4TE5MK73" };

    [Test]
    public void Known_ocr_gaps_are_only_the_documented_ones()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "pdf.md"));
        Assert.That(KnownOcrGaps, Has.All.Matches<string>(code => code != null && doc.Contains(code, StringComparison.Ordinal)), "each gap is written down in docs/pdf.md");
    }

    private static IEnumerable<string> Codes(CaseFile caseFile, string kind)
    {
        var @case = caseFile.Case;
        // The request's tables carry every code. In the appeal letter the codes sit in running text,
        // where tesseract still misreads some (T22.312S as 722.312S, docs/pdf.md): there the test
        // asks for the identifiers only (member ID, claim number).
        var codes = kind == "appeal"
            ? new[] { @case.Patient.MemberId }.AsEnumerable()
            : @case.Diagnoses.Select(d => d.Code).Concat(@case.Procedures.Select(p => p.Code)).Append(@case.Patient.MemberId);
        if (kind == "appeal" && @case.Appeal is { ClaimNumber.Length: > 0 } appeal)
        {
            codes = codes.Append(appeal.ClaimNumber);
        }

        return codes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct();
    }

    private static List<int> PagesWith(string pdf, string code)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages()
            .Where(page => page.Text.Contains(code, StringComparison.Ordinal) || string.Join(" ", page.GetWords().Select(w => w.Text)).Contains(code, StringComparison.Ordinal))
            .Select(page => page.Number)
            .ToList();
    }

    private static string Ocr(string folder, string pdf, int page)
    {
        var tiff = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(pdf)}-{page}.tif");
        if (!File.Exists(tiff))
        {
            var gs = ExternalTool.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffg3", "-r204x196", $"-dFirstPage={page}", $"-dLastPage={page}", $"-sOutputFile={tiff}", pdf);
            Assert.That(gs.ExitCode, Is.Zero, gs.Output);
        }

        var ocr = ExternalTool.Run("tesseract", tiff, "-");
        Assert.That(ocr.ExitCode, Is.Zero, ocr.Stderr);
        return ocr.Stdout;
    }
}

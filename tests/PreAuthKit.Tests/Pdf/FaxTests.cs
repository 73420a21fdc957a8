using System.Text;
using System.Text.RegularExpressions;
using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// The fax-friendly option: after a 1-bit 204x196 dpi fax raster (Ghostscript's tiffg3 device, what a
/// fax modem sends in fine mode), tesseract reads back every ICD-10-CM and CPT/HCPCS code and the
/// member ID of each request, and the member ID and claim number of each appeal letter, from the page
/// on which the text layer first shows it.
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
                    foreach (var code in codes)
                    {
                        var page = FirstPageWith(path, code);
                        Assert.That(page, Is.GreaterThan(0), $"{kind}: {code} is in the text layer");
                        if (page == 0)
                        {
                            continue;
                        }

                        Assert.That(Ocr(folder, path, page), Does.Contain(code), $"{kind}: {code} read back from the fax raster of page {page}");
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

    private static int FirstPageWith(string pdf, string code)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            if (page.Text.Contains(code, StringComparison.Ordinal) || string.Join(" ", page.GetWords().Select(w => w.Text)).Contains(code, StringComparison.Ordinal))
            {
                return page.Number;
            }
        }

        return 0;
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

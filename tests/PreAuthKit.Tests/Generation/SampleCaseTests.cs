using System.Text;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Generation;

public class SampleCaseTests
{
    [Test]
    public async Task Sample_case_renders_patient_cpt_and_icd_codes()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());

        var text = string.Join("\n", PdfTextDump.TextLines(document.Pdf.Span));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Jordan Sample"));
            Assert.That(text, Does.Contain("17999"));
            Assert.That(text, Does.Contain("L90.5"));
            Assert.That(text, Does.Contain("T22.312S"));
            Assert.That(document.PageCount, Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public async Task Rendering_twice_gives_identical_bytes()
    {
        var first = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
        var second = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());

        Assert.That(second.Pdf.ToArray(), Is.EqualTo(first.Pdf.ToArray()));
        Assert.That(second.Sha256, Is.EqualTo(first.Sha256));
    }

    [Test]
    public async Task Every_font_is_embedded()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
        var raw = Encoding.Latin1.GetString(document.Pdf.Span);

        var fontDictionaries = System.Text.RegularExpressions.Regex.Count(raw, "/Type/Font(?!Descriptor)");
        var embeddedPrograms = CountOf(raw, "/FontFile2");
        Assert.That(fontDictionaries, Is.GreaterThan(0));
        Assert.That(embeddedPrograms, Is.EqualTo(fontDictionaries), "every font dictionary needs an embedded TrueType program");
    }

    [Test]
    public async Task Pdf_metadata_carries_no_patient_data()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(document.Pdf.ToArray());
        var info = pdf.Information;
        var metadataText = string.Join("|", info.Title, info.Subject, info.Author, info.Keywords, info.Creator);

        Assert.That(metadataText, Does.Not.Contain("Jordan").And.Not.Contain("Sample").And.Not.Contain("EXH123456789"));
        Assert.That(info.Title, Is.EqualTo("Pre-authorization request"));
    }

    [Test]
    public async Task Sample_case_snapshot()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());

        Snapshot.Approve(PdfTextDump.Dump(document.Pdf.Span));
    }

    private static int CountOf(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

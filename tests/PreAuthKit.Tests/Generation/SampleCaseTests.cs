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

        AssertEveryFontEmbedded(document.Pdf.Span);
    }

    [Test]
    public async Task Every_font_is_embedded_when_the_text_needs_unicode_fonts_and_the_name_round_trips()
    {
        const string FirstName = "Zo\u00EB";
        const string LastName = "\u0141ukasiewicz-\u00D1\u00FA\u00F1ez";
        var sample = TestCases.BurnScarForearm();
        var @case = sample.Case with
        {
            Patient = sample.Case.Patient with { FirstName = FirstName, LastName = LastName },
            History = sample.Case.History with
            {
                Condition = "Hypertrophic burn scarring \u2014 the \u201Cgraft border\u201D band \u2013 across the wrist",
                Cause = "Scald burn (\u2018kitchen\u2019 accident) \u2192 split-thickness grafting",
            },
        };

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(sample with { Case = @case });

        var fonts = PdfFonts.List(document.Pdf.Span);
        Assert.That(fonts.Select(f => f.Subtype), Has.Some.EqualTo("Type0"), "non-WinAnsi text needs a Unicode (Type0) font");
        AssertEveryFontEmbedded(document.Pdf.Span);
        var text = PdfText.Of(document);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain($"{LastName}, {FirstName}"), "the running header spells the name exactly");
            Assert.That(text, Does.Contain("\u201Cgraft border\u201D"));
            Assert.That(text, Does.Contain("\u2014"));
            Assert.That(text, Does.Contain("\u2018kitchen\u2019"));
        });
    }

    private static void AssertEveryFontEmbedded(ReadOnlySpan<byte> pdf)
    {
        var fonts = PdfFonts.List(pdf);
        var descriptors = PdfFonts.DescriptorsWithTrueTypeProgram(pdf);
        Assert.That(fonts, Is.Not.Empty);
        Assert.That(fonts.Where(f => !f.Embedded).Select(f => f.BaseFont), Is.Empty, "every font's program is embedded (what pdffonts shows as emb=yes)");
        Assert.That(descriptors, Is.Not.Empty.And.All.True, "every /FontDescriptor carries a /FontFile2 TrueType program");
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
}

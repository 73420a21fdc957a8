using System.Text;
using PreAuthKit.Tests.Layout;
using PreAuthKit.Tests.Support;
using UglyToad.PdfPig;

namespace PreAuthKit.Tests.Pdf;

public class PdfOutputTests
{
    [Test]
    public void Long_synthetic_document_snapshot()
    {
        var pdf = LayoutTest.ForFixture("long-synthetic.md").WithFurniture().Pdf();

        Snapshot.Approve(PdfTextDump.Dump(pdf));
    }

    [Test]
    public void Unicode_text_and_pictures_render_deterministically()
    {
        var images = new FakeImageSource().Add("photo:1", 40, 30);
        var test = LayoutTest.ForFixture("long-synthetic.md").WithFurniture().WithImages(images);

        var first = test.Pdf();
        var second = test.Pdf();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(Encoding.Latin1.GetString(first), Does.Not.Match(@"uuid:(?![0-9a-f]{8}-[0-9a-f]{4}-5)"), "XMP ids are derived, not random");
    }

    [Test]
    public void Diacritics_curly_quotes_and_dashes_survive_into_the_pdf_text()
    {
        var pdf = LayoutTest.ForMarkdown("Zoë Łukasiewicz, Dvořák – “quoted” — Ångström ‘x’").Pdf();

        var text = string.Join("\n", PdfTextDump.TextLines(pdf));
        Assert.That(text, Does.Contain("Zoë Łukasiewicz, Dvořák – “quoted” — Ångström ‘x’"));
    }

    [Test]
    public void A_character_missing_from_the_font_is_substituted_visibly_and_reported()
    {
        var layout = LayoutTest.ForMarkdown("Name: 中 and more").Layout();
        var pdf = LayoutTest.ForMarkdown("Name: 中 and more").Pdf();

        Assert.That(layout.AllContentText(), Is.EqualTo("Name: ? and more"));
        Assert.That(layout.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "PAK-LAYOUT-001" }));
        Assert.That(layout.Warnings[0].Message, Does.Contain("U+4E2D").And.Not.Contain("Name"));
        Assert.That(string.Join("\n", PdfTextDump.TextLines(pdf)), Does.Contain("Name: ? and more"));
    }

    [Test]
    public void Headings_become_the_outline_and_the_language_is_set()
    {
        var pdf = LayoutTest.ForMarkdown("# Title\n\nText.\n\n## Part A\n\nText.\n\n### Detail\n\nText.\n\n## Part B\n\nText.\n").Pdf();

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.TryGetBookmarks(out var bookmarks), Is.True);
        Assert.That(bookmarks, Is.Not.Null);
        var titles = bookmarks!.GetNodes().Select(n => n.Title).ToList();
        Assert.That(titles, Is.EquivalentTo(new[] { "Title", "Part A", "Detail", "Part B" }));
        Assert.That(bookmarks.Roots.Single().Title, Is.EqualTo("Title"));
        Assert.That(Encoding.Latin1.GetString(pdf), Does.Contain("/Lang(en-US)"));
    }

    [Test]
    public void Pictures_are_embedded_at_the_laid_out_size()
    {
        var images = new FakeImageSource().Add("photo:1", 40, 30);
        var pdf = LayoutTest.ForMarkdown("![Left forearm](photo:1){width=50%}\n").WithImages(images).Pdf();

        using var document = PdfDocument.Open(pdf);
        var picture = document.GetPage(1).GetImages().Single();
        Assert.That(picture.BoundingBox.Width, Is.EqualTo(234).Within(0.5));
        Assert.That(picture.BoundingBox.Height, Is.EqualTo(234 * 0.75).Within(0.5));
    }
}

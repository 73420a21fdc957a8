using PdfSharp.Drawing;
using PreAuthKit.Layout;
using PreAuthKit.Pdf;

namespace PreAuthKit.Tests.Layout;

public class TextMeasurerTests
{
    private static readonly TextStyle[] Styles =
    [
        TextStyle.Body,
        TextStyle.Body.WithBold(),
        TextStyle.Body.WithItalic(),
        TextStyle.Body.WithBold().WithItalic().WithSize(13),
        TextStyle.Body with { Family = EmbeddedFontResolver.Mono },
        TextStyle.Body with { Family = EmbeddedFontResolver.Serif, Size = 9 },
    ];

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void Widths_from_the_font_tables_match_pdfsharp(int styleIndex)
    {
        var style = Styles[styleIndex];
        using var measurer = new TextMeasurer();
        var graphics = XGraphics.CreateMeasureContext(new XSize(612, 792), XGraphicsUnit.Point, XPageDirection.Downwards);
        foreach (var text in new[] { "Hypertrophic scar, left forearm", "WWW iii 0123456789", "Zoë Łukasiewicz – “Dvořák”", "L90.5 (primary)" })
        {
            var expected = graphics.MeasureString(text, measurer.Font(style)).Width;
            Assert.That(measurer.Width(text, style), Is.EqualTo(expected).Within(0.01), text);
        }
    }

    [Test]
    public void Printable_keeps_covered_text_and_replaces_the_rest()
    {
        using var measurer = new TextMeasurer();
        var missing = new HashSet<int>();

        Assert.That(measurer.Printable("Zoë “Ł” – ok", TextStyle.Body, missing), Is.EqualTo("Zoë “Ł” – ok"));
        Assert.That(missing, Is.Empty);
        Assert.That(measurer.Printable("a\u4E2Db\U0001F600c", TextStyle.Body, missing), Is.EqualTo("a?b?c"));
        Assert.That(missing, Is.EquivalentTo(new[] { 0x4E2D, 0x1F600 }));
        Assert.That(measurer.Printable("tab\there", TextStyle.Body, missing), Is.EqualTo("tab here"));
    }
}

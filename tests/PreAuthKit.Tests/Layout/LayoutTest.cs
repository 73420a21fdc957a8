using PreAuthKit.Layout;
using PreAuthKit.Layout.Images;
using PreAuthKit.Markdown;
using PreAuthKit.Pdf;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Layout;

/// <summary>
/// A small DSL for layout tests, in the spirit of QuestPDF's LayoutTest:
/// <c>LayoutTest.ForMarkdown("...").WithFurniture(...).Layout()</c> gives the positioned pages.
/// </summary>
internal sealed class LayoutTest
{
    public static readonly PageFurniture Furniture = new(
        ["Example Clinic", "1 Example Road, Springfield, Phone (555) 010-0000, Fax (555) 010-0001, NPI 1234567893"],
        "Patient: Test Person | DOB 01/02/1990 | Member ID TST000111",
        "Test document REF-1");

    private readonly string _markdown;
    private PageSetup _page = PageSetup.Letter;
    private PageFurniture _furniture = PageFurniture.None;
    private IImageSource _images = NoImages.Instance;

    private LayoutTest(string markdown) => _markdown = markdown;

    public static LayoutTest ForMarkdown(string markdown) => new(markdown);

    public static LayoutTest ForFixture(string name) => new(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "PreAuthKit.Tests", "Layout", "Fixtures", name)));

    public LayoutTest OnPage(PageSetup page)
    {
        _page = page;
        return this;
    }

    public LayoutTest WithFurniture(PageFurniture? furniture = null)
    {
        _furniture = furniture ?? Furniture;
        return this;
    }

    public LayoutTest WithImages(IImageSource images)
    {
        _images = images;
        return this;
    }

    public LayoutDocument Layout()
    {
        using var measurer = new TextMeasurer();
        return Layout(measurer);
    }

    public byte[] Pdf()
    {
        using var measurer = new TextMeasurer();
        var layout = Layout(measurer);
        return PdfDocumentWriter.Write(layout, new PdfMetadata("Test document", "Layout test", new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)), measurer);
    }

    private LayoutDocument Layout(TextMeasurer measurer)
        => new DocumentLayouter(_page, _furniture, measurer, _images).Layout(BlockBuilder.Build(MarkdownParser.Parse(_markdown)));
}

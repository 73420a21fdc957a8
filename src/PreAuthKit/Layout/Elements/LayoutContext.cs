using PreAuthKit.Layout.Images;

namespace PreAuthKit.Layout.Elements;

/// <summary>What every element may consult while measuring: the measurer, the image source and the height of a full page's content area.</summary>
internal sealed class LayoutContext(TextMeasurer measurer, IImageSource images, double pageContentHeight)
{
    private readonly SortedSet<int> _missing = [];
    private readonly List<LayoutWarning> _warnings = [];

    public TextMeasurer Measurer => measurer;

    public IImageSource Images => images;

    /// <summary>Height of the content area of a page without letterhead: anything taller cannot be kept together.</summary>
    public double PageContentHeight => pageContentHeight;

    /// <summary>The text with characters the font lacks replaced by a visible substitute (collected for the warnings).</summary>
    public string Printable(string text, TextStyle style) => measurer.Printable(text, style, _missing);

    public void Warn(string code, string message)
    {
        if (!_warnings.Exists(w => w.Code == code && w.Message == message))
        {
            _warnings.Add(new LayoutWarning(code, message));
        }
    }

    public IReadOnlyList<LayoutWarning> Warnings()
    {
        var all = new List<LayoutWarning>(_warnings);
        foreach (var codePoint in _missing)
        {
            all.Add(new LayoutWarning(
                "PAK-LAYOUT-001",
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The character U+{codePoint:X4} is not in the document font; it is printed as '{TextMeasurer.Substitute}'.")));
        }

        return all;
    }
}

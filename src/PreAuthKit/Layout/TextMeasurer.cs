using PdfSharp.Drawing;
using PreAuthKit.Pdf;

namespace PreAuthKit.Layout;

/// <summary>
/// Measures text with the embedded fonts. One instance per layout run: it caches fonts and
/// word widths and is not thread-safe.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly XGraphics _graphics;
    private readonly Dictionary<TextStyle, XFont> _fonts = [];
    private readonly Dictionary<(TextStyle Style, string Text), double> _widths = [];

    public TextMeasurer()
    {
        EmbeddedFontResolver.EnsureInstalled();
        _graphics = XGraphics.CreateMeasureContext(new XSize(612, 792), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public XFont Font(TextStyle style)
    {
        if (!_fonts.TryGetValue(style, out var font))
        {
            var fontStyle = (style.Bold, style.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(style.Family, style.Size, fontStyle);
            _fonts[style] = font;
        }

        return font;
    }

    public double Width(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var key = (style, text);
        if (!_widths.TryGetValue(key, out var width))
        {
            width = _graphics.MeasureString(text, Font(style)).Width;
            _widths[key] = width;
        }

        return width;
    }

    public void Dispose() => _graphics.Dispose();
}

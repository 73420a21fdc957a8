using PreAuthKit.Pdf;

namespace PreAuthKit.Layout;

/// <summary>The look of a run of text.</summary>
internal readonly record struct TextStyle(string Family, double Size, bool Bold, bool Italic)
{
    public static TextStyle Body { get; } = new(EmbeddedFontResolver.Sans, 10.5, false, false);

    public TextStyle WithBold() => this with { Bold = true };

    public TextStyle WithItalic() => this with { Italic = true };

    public TextStyle WithSize(double size) => this with { Size = size };

    /// <summary>Line height used for this style (1.25 x the font size).</summary>
    public double LineHeight => Size * 1.25;
}

namespace PreAuthKit.Layout;

/// <summary>Page size and margins in PDF points (1/72 inch).</summary>
internal sealed record PageSetup(double Width, double Height, double MarginLeft, double MarginTop, double MarginRight, double MarginBottom)
{
    /// <summary>US Letter (8.5 x 11 in) with one-inch side margins.</summary>
    public static PageSetup Letter { get; } = new(612, 792, 72, 72, 72, 72);

    /// <summary>ISO A4 (210 x 297 mm) with 25 mm side margins.</summary>
    public static PageSetup A4 { get; } = new(595.28, 841.89, 70.87, 72, 70.87, 72);

    /// <summary>Width available to content.</summary>
    public double ContentWidth => Width - MarginLeft - MarginRight;

    /// <summary>Bottom edge of the content area, measured from the top of the page.</summary>
    public double ContentBottom => Height - MarginBottom;
}

namespace PreAuthKit.Packet;

/// <summary>
/// Where things sit on a packet page, in points from the top-left corner. The margin stamp owns
/// a band along the top edge; an imported page is scaled (never enlarged) into the area below
/// it, so the stamp can never cover enclosure content (docs/packet.md, "The margin stamp").
/// </summary>
internal sealed record PacketGeometry(double Width, double Height)
{
    /// <summary>Height of the stamp band at the top of every page.</summary>
    public const double StampBand = 24;

    /// <summary>Baseline of the stamp text, from the top edge.</summary>
    public const double StampBaseline = 15;

    /// <summary>Side margin of the stamp text and of the packet's own pages.</summary>
    public const double SideMargin = 36;

    /// <summary>Resolution image pages are stored at, at their placed size (fax is 204 x 196 dpi).</summary>
    public const double ImageDpi = 200;

    public static PacketGeometry Letter { get; } = new(612, 792);

    public static PacketGeometry A4 { get; } = new(595.28, 841.89);

    /// <summary>The area an imported PDF page is scaled into: the whole page below the stamp band.</summary>
    public (double X, double Y, double Width, double Height) ImportArea => (0, StampBand, Width, Height - StampBand);

    /// <summary>The area an image page (a scan or photo) is fitted into: below the band, with margins.</summary>
    public (double X, double Y, double Width, double Height) ImageArea => (SideMargin, StampBand + 12, Width - (2 * SideMargin), Height - StampBand - 12 - SideMargin);

    /// <summary>Largest pixel size of an image page (at <see cref="ImageDpi"/> over <see cref="ImageArea"/>).</summary>
    public (int Width, int Height) ImagePixels
        => ((int)Math.Round(ImageArea.Width / 72 * ImageDpi), (int)Math.Round(ImageArea.Height / 72 * ImageDpi));

    /// <summary>
    /// The scale and offset that place a page of <paramref name="width"/> x <paramref name="height"/>
    /// points in an area: uniform, at most 1 (pages are shrunk, never enlarged), centred horizontally
    /// and top-aligned.
    /// </summary>
    public static (double X, double Y, double Width, double Height) Fit(double width, double height, (double X, double Y, double Width, double Height) area)
    {
        var scale = Math.Min(1.0, Math.Min(area.Width / width, area.Height / height));
        var w = width * scale;
        var h = height * scale;
        return (area.X + ((area.Width - w) / 2), area.Y, w, h);
    }
}

namespace PreAuthKit.Photos;

/// <summary>
/// The box a photo is placed in on the page, in PDF points (1/72 inch). The photo is scaled to fit
/// the box, keeping its aspect ratio.
/// </summary>
/// <param name="WidthPoints">Width of the box.</param>
/// <param name="HeightPoints">Height of the box.</param>
internal readonly record struct PhotoPlacement(double WidthPoints, double HeightPoints)
{
    /// <summary>Half of a 6.5 inch text column (two photos per row); tall enough for an upright 3:4 photo.</summary>
    public static PhotoPlacement HalfWidth { get; } = new(234, 312);

    /// <summary>The full 6.5 inch text column (one photo per row).</summary>
    public static PhotoPlacement FullWidth { get; } = new(468, 468);

    /// <summary>The largest pixel box that stays at or under <paramref name="dpi"/> when placed.</summary>
    public (int Width, int Height) MaxPixels(int dpi)
        => (Math.Max(1, (int)Math.Floor(WidthPoints / 72.0 * dpi)), Math.Max(1, (int)Math.Floor(HeightPoints / 72.0 * dpi)));
}

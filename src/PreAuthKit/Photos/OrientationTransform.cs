using SkiaSharp;

namespace PreAuthKit.Photos;

/// <summary>
/// Maps the stored pixels of a photo onto an upright target of a given size, applying the EXIF
/// orientation (1-8) and the scale in one matrix.
/// </summary>
internal static class OrientationTransform
{
    /// <summary>True for the four orientations that swap width and height (5-8).</summary>
    public static bool SwapsAxes(SKEncodedOrigin origin)
        => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>The EXIF orientation number (1-8) of an origin.</summary>
    public static int ExifValue(SKEncodedOrigin origin) => origin switch
    {
        SKEncodedOrigin.TopRight => 2,
        SKEncodedOrigin.BottomRight => 3,
        SKEncodedOrigin.BottomLeft => 4,
        SKEncodedOrigin.LeftTop => 5,
        SKEncodedOrigin.RightTop => 6,
        SKEncodedOrigin.RightBottom => 7,
        SKEncodedOrigin.LeftBottom => 8,
        _ => 1,
    };

    /// <summary>
    /// The matrix taking a source pixel (stored frame, <paramref name="sourceWidth"/> x
    /// <paramref name="sourceHeight"/>) to the upright target (<paramref name="targetWidth"/> x
    /// <paramref name="targetHeight"/>).
    /// </summary>
    public static SKMatrix Matrix(SKEncodedOrigin origin, int sourceWidth, int sourceHeight, int targetWidth, int targetHeight)
    {
        // Normalised: source (u, v) in [0,1]^2 maps to target x = xu*u + xv*v + x0, y = yu*u + yv*v + y0.
        var (xu, xv, x0, yu, yv, y0) = origin switch
        {
            SKEncodedOrigin.TopRight => (-1f, 0f, 1f, 0f, 1f, 0f),      // 2: mirror horizontally
            SKEncodedOrigin.BottomRight => (-1f, 0f, 1f, 0f, -1f, 1f),  // 3: rotate 180
            SKEncodedOrigin.BottomLeft => (1f, 0f, 0f, 0f, -1f, 1f),    // 4: mirror vertically
            SKEncodedOrigin.LeftTop => (0f, 1f, 0f, 1f, 0f, 0f),        // 5: transpose
            SKEncodedOrigin.RightTop => (0f, -1f, 1f, 1f, 0f, 0f),      // 6: rotate 90 clockwise
            SKEncodedOrigin.RightBottom => (0f, -1f, 1f, -1f, 0f, 1f),  // 7: transverse
            SKEncodedOrigin.LeftBottom => (0f, 1f, 0f, -1f, 0f, 1f),    // 8: rotate 90 counter-clockwise
            _ => (1f, 0f, 0f, 0f, 1f, 0f),                              // 1: as stored
        };

        float sw = sourceWidth, sh = sourceHeight, tw = targetWidth, th = targetHeight;
        return new SKMatrix(
            xu * tw / sw, xv * tw / sh, x0 * tw,
            yu * th / sw, yv * th / sh, y0 * th,
            0, 0, 1);
    }
}

namespace PreAuthKit.Photos;

/// <summary>What an image file's header says, read without decoding any pixels.</summary>
/// <param name="Format">The format by magic bytes.</param>
/// <param name="Width">Width in pixels; 0 when unknown (not JPEG/PNG, or a damaged header).</param>
/// <param name="Height">Height in pixels; 0 when unknown.</param>
internal sealed record ImageHeader(ImageFormat Format, int Width, int Height)
{
    /// <summary>True when the dimensions were read.</summary>
    public bool HasDimensions => Width > 0 && Height > 0;

    /// <summary>Width times height.</summary>
    public long PixelCount => (long)Width * Height;
}

using PreAuthKit.Layout.Images;

namespace PreAuthKit.Tests.Layout;

/// <summary>Generated pictures (PNGs from <see cref="Support.SyntheticPhotos"/>) and an image source over them.</summary>
internal sealed class FakeImageSource : IImageSource
{
    private readonly Dictionary<string, ImageData> _images = new(StringComparer.Ordinal);

    public FakeImageSource Add(string key, int width, int height)
    {
        _images[key] = new ImageData(Png(width, height), width, height);
        return this;
    }

    public ImageData? Resolve(string key) => _images.GetValueOrDefault(key);

    public static byte[] Png(int width, int height) => Support.SyntheticPhotos.Png(width, height);
}

namespace PreAuthKit.Layout.Images;

/// <summary>The image source of documents without pictures: resolves nothing.</summary>
internal sealed class NoImages : IImageSource
{
    public static NoImages Instance { get; } = new();

    public ImageData? Resolve(string key) => null;
}

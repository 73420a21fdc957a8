namespace PreAuthKit.Layout.Images;

/// <summary>Supplies the pictures a document refers to by key (for example <c>photo:1</c> in <c>![caption](photo:1)</c>).</summary>
internal interface IImageSource
{
    /// <summary>The image for the key, or <see langword="null"/> when there is none (the layout then prints a placeholder and a warning).</summary>
    ImageData? Resolve(string key);
}

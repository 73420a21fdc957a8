namespace PreAuthKit.Photos;

/// <summary>
/// Finds a processed photo by the key the photo section uses (<c>photo:N</c>, N one-based). The
/// layout stage's image source adapts to this.
/// </summary>
internal interface IPhotoLookup
{
    /// <summary>The processed photo for <paramref name="key"/>, or null when there is none (unknown key or a photo that failed).</summary>
    ProcessedPhoto? Find(string key);
}

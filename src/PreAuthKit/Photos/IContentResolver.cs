namespace PreAuthKit.Photos;

/// <summary>
/// Turns the reference a case gives for a photo or attachment (<c>photos[i].path</c>) into a
/// <see cref="ContentSource"/>: from the case file's folder (<see cref="FolderContentResolver"/>,
/// the one path-confinement rule), or from sources the host supplied (<see cref="MemoryContentResolver"/>).
/// The same reference always resolves to the same source instance, so a photo named twice is read once.
/// </summary>
internal interface IContentResolver
{
    /// <summary>Resolves one reference; never throws for bad input.</summary>
    ContentReference Resolve(string? reference);
}

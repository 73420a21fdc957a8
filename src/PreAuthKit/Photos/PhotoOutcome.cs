
namespace PreAuthKit.Photos;

/// <summary>What processing one photo gave: the photo (null when it failed) and its findings.</summary>
/// <param name="Index">Zero-based index in the case's <c>photos</c> array.</param>
/// <param name="Photo">The processed photo, or null when an error finding explains why not.</param>
/// <param name="Findings">Errors, warnings and notes about this photo.</param>
internal sealed record PhotoOutcome(int Index, ProcessedPhoto? Photo, IReadOnlyList<ValidationFinding> Findings)
{
    /// <summary>True when the photo could be used.</summary>
    public bool Succeeded => Photo is not null;
}

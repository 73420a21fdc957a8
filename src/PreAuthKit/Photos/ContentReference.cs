using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Photos;

/// <summary>What a photo's or attachment's reference resolved to: a source, or the finding that says why not.</summary>
/// <param name="Source">The content, or null when <paramref name="Problem"/> says why there is none.</param>
/// <param name="Problem">The finding (e.g. <c>PAK-PHO-003</c>) when the reference cannot be used.</param>
/// <param name="Reason">A detail for the finding's message (an exception type name), never a path.</param>
internal sealed record ContentReference(ContentSource? Source, FindingDefinition? Problem = null, string? Reason = null)
{
    public static ContentReference Refused(FindingDefinition problem, string? reason = null) => new(null, problem, reason);
}

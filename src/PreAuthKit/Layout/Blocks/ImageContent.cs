namespace PreAuthKit.Layout.Blocks;

/// <summary>
/// A picture looked up by <paramref name="Key"/> in the image source, with its caption below.
/// <paramref name="WidthFraction"/> (0-1] asks for a share of the available width; by default it fills it.
/// </summary>
internal sealed record ImageContent(string Key, IReadOnlyList<InlineRun> Caption, double? WidthFraction = null) : ContentBlock
{
    /// <summary>What the picture shows, for readers who cannot see it (the tagged PDF's /Alt); null uses the caption.</summary>
    public string? AlternativeText { get; init; }
}

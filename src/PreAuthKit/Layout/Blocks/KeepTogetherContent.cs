namespace PreAuthKit.Layout.Blocks;

/// <summary>Blocks that move to the next page as a whole rather than split (unless they are taller than a page).</summary>
internal sealed record KeepTogetherContent(IReadOnlyList<ContentBlock> Children) : ContentBlock;

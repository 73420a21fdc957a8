namespace PreAuthKit.Layout.Blocks;

/// <summary>A bullet list, or a numbered list counting from <paramref name="Start"/>.</summary>
internal sealed record ListContent(bool Ordered, int Start, IReadOnlyList<ListItemContent> Items) : ContentBlock;

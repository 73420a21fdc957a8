namespace PreAuthKit.Layout.Blocks;

/// <summary>Pictures set <paramref name="Columns"/> (1 or 2) to a row, each row kept on one page.</summary>
internal sealed record PhotoGridContent(int Columns, IReadOnlyList<ImageContent> Images) : ContentBlock;

namespace PreAuthKit.Layout.Blocks;

/// <summary>A block quote (for example a denial reason quoted as written), drawn indented with a bar.</summary>
internal sealed record QuoteContent(IReadOnlyList<ContentBlock> Children) : ContentBlock;

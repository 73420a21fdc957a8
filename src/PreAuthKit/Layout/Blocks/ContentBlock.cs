namespace PreAuthKit.Layout.Blocks;

/// <summary>A block of content to lay out, produced from the Markdown syntax tree.</summary>
internal abstract record ContentBlock;

namespace PreAuthKit.Layout.Blocks;

/// <summary>A paragraph of inline runs.</summary>
internal sealed record ParagraphContent(IReadOnlyList<InlineRun> Runs) : ContentBlock;

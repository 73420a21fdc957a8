namespace PreAuthKit.Layout.Blocks;

/// <summary>One table row: a list of cells, each a list of inline runs.</summary>
internal sealed record TableRowContent(IReadOnlyList<IReadOnlyList<InlineRun>> Cells);

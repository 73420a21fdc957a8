namespace PreAuthKit.Layout.Blocks;

/// <summary>A table; the header row (if any) repeats on every page the table spans.</summary>
internal sealed record TableContent(TableRowContent? Header, IReadOnlyList<TableRowContent> Rows) : ContentBlock
{
    /// <summary>The number of columns: the widest row.</summary>
    public int ColumnCount => Math.Max(Header?.Cells.Count ?? 0, Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count));
}

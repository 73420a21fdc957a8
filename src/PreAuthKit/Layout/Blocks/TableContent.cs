namespace PreAuthKit.Layout.Blocks;

/// <summary>
/// A table; the header row (if any) repeats on every page the table spans. A small table is kept on
/// one page unless <paramref name="MaySplit"/> (container <c>:::table-may-split</c>) lets it start on
/// the page it is reached on.
/// </summary>
internal sealed record TableContent(TableRowContent? Header, IReadOnlyList<TableRowContent> Rows, bool MaySplit = false) : ContentBlock
{
    /// <summary>The number of columns: the widest row.</summary>
    public int ColumnCount => Math.Max(Header?.Cells.Count ?? 0, Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count));
}

namespace PreAuthKit.Layout.Elements;

/// <summary>The structure nodes of a table: the header row (TH cells) and each body row (TD cells).</summary>
internal sealed record TableStructure(TableRowStructure? Header, IReadOnlyList<TableRowStructure> Rows);

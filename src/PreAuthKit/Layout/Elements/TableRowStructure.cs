namespace PreAuthKit.Layout.Elements;

/// <summary>A table row's TR node and one TH or TD node per column.</summary>
internal sealed record TableRowStructure(StructureNode Row, IReadOnlyList<StructureNode> Cells);

namespace PreAuthKit.Layout.Elements;

/// <summary>A table's column widths for the last width asked, shared by the table and the rests split off it.</summary>
internal sealed class ColumnWidthCache
{
    public double Width { get; set; }

    public IReadOnlyList<double>? Widths { get; set; }
}

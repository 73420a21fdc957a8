namespace PreAuthKit.Layout;

/// <summary>Something drawn on a page at a fixed position. Coordinates are points from the top-left corner.</summary>
internal abstract record LayoutItem
{
    /// <summary>The structure element this item belongs to; null for an artifact (furniture, rules, borders).</summary>
    public StructureNode? Structure { get; init; }
}

namespace PreAuthKit.Layout;

/// <summary>
/// One laid-out page: its number (1-based), the content items (inside the content area) and the
/// furniture (letterhead, running header, footer), each in drawing order.
/// </summary>
internal sealed record LayoutPage(int Number, IReadOnlyList<LayoutItem> Items, IReadOnlyList<LayoutItem> Furniture)
{
    /// <summary>Content and furniture together.</summary>
    public IEnumerable<LayoutItem> AllItems => Furniture.Concat(Items);
}

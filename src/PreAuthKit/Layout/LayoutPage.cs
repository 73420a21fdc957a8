namespace PreAuthKit.Layout;

/// <summary>One laid-out page: its number (1-based) and the items drawn on it, in drawing order.</summary>
internal sealed record LayoutPage(int Number, IReadOnlyList<LayoutItem> Items);

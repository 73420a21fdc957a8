namespace PreAuthKit.Layout;

/// <summary>The result of layout: every page with every item at its final position, the outline, and what had to be worked around.</summary>
internal sealed record LayoutDocument(PageSetup Page, IReadOnlyList<LayoutPage> Pages, IReadOnlyList<OutlineEntry> Outline, IReadOnlyList<LayoutWarning> Warnings);

namespace PreAuthKit.Layout;

/// <summary>A bookmark: a heading's text, its level (1-3), the page it starts on and its top.</summary>
internal sealed record OutlineEntry(string Title, int Level, int PageNumber, double Top);

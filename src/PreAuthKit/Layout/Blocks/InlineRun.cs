namespace PreAuthKit.Layout.Blocks;

/// <summary>Text in one style inside a paragraph or heading.</summary>
internal sealed record InlineRun(string Text, TextStyle Style);

namespace PreAuthKit.Layout.Blocks;

/// <summary>A thematic break drawn as a thin horizontal rule.</summary>
internal sealed record RuleContent : ContentBlock;

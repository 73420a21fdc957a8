namespace PreAuthKit.Layout.Blocks;

/// <summary>An explicit page break.</summary>
internal sealed record PageBreakContent : ContentBlock;

namespace PreAuthKit.Layout.Blocks;

/// <summary>An explicit page break: what follows starts on a new page.</summary>
internal sealed record PageBreakContent : ContentBlock;

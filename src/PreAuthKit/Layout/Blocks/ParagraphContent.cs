namespace PreAuthKit.Layout.Blocks;

/// <summary>A paragraph of inline runs, optionally indented and prefixed (list markers).</summary>
internal sealed record ParagraphContent(IReadOnlyList<InlineRun> Runs, double Indent = 0, string? Marker = null) : ContentBlock;

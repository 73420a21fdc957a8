namespace PreAuthKit.Layout.Blocks;

/// <summary>A heading (level 1-3); kept with the block that follows it.</summary>
internal sealed record HeadingContent(int Level, IReadOnlyList<InlineRun> Runs) : ContentBlock
{
    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

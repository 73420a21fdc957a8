namespace PreAuthKit.Layout.Elements;

/// <summary>The broken lines of a text block for the last width asked, shared by the block and the rests split off it.</summary>
internal sealed class LineCache
{
    public double Width { get; set; }

    public IReadOnlyList<LineBreaker.Line>? Lines { get; set; }
}

namespace PreAuthKit.Layout.Elements;

/// <summary>
/// A horizontal line in a box of fixed height: a thematic break (full width, centred) or a
/// signature line (a given length, near the bottom of the box).
/// </summary>
internal sealed class LineElement(double boxHeight, double lineOffset, double? length, double thickness) : Element
{
    /// <summary>A thematic break: a thin rule across the column.</summary>
    public static LineElement ThematicBreak() => new(12, 6, null, 0.5);

    /// <summary>Space to sign in and a three-inch line under it.</summary>
    public static LineElement Signature() => new(40, 34, 216, 0.6);

    public override SpacePlan Measure(LayoutContext context, double width, double height)
        => boxHeight <= height + 0.001 ? SpacePlan.Full(boxHeight) : SpacePlan.Wrap;

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
    {
        var end = x + Math.Min(length ?? width, width);
        canvas.Add(new RuleItem(x, y + lineOffset, end, y + lineOffset, thickness));
        return null;
    }
}

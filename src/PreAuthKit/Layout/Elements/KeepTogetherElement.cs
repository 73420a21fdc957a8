namespace PreAuthKit.Layout.Elements;

/// <summary>
/// Moves its content to the next page as a whole when it does not fit; content taller than a
/// page cannot be kept together and flows normally.
/// </summary>
internal sealed class KeepTogetherElement(Element content) : Element
{
    public override bool KeepWithNext => content.KeepWithNext;

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var whole = content.Measure(context, width, context.PageContentHeight);
        if (!whole.IsFull)
        {
            return content.Measure(context, width, height);
        }

        return whole.Height <= height + 0.001 ? whole : SpacePlan.Wrap;
    }

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
        => content.Draw(canvas, x, y, width, height);
}

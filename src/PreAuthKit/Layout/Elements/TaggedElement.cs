namespace PreAuthKit.Layout.Elements;

/// <summary>
/// Decorator that puts everything its child draws into one structure element (a heading, a
/// paragraph, a list, a table, a figure). The rest that continues on the next page keeps the
/// same node, so the element stays one element across pages.
/// </summary>
internal sealed class TaggedElement(Element child, StructureNode node) : Element
{
    public Element Child => child;

    public StructureNode Node => node;

    public override bool KeepWithNext => child.KeepWithNext;

    public override SpacePlan Measure(LayoutContext context, double width, double height) => child.Measure(context, width, height);

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
    {
        canvas.Enter(node);
        try
        {
            var rest = child.Draw(canvas, x, y, width, height);
            return rest is null ? null : new TaggedElement(rest, node);
        }
        finally
        {
            canvas.Exit();
        }
    }
}

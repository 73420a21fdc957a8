namespace PreAuthKit.Layout.Elements;

/// <summary>A block quote: its content indented with a vertical bar beside every part of it.</summary>
internal sealed class QuoteElement(ColumnElement content) : Element
{
    private const double Indent = 14;

    public override SpacePlan Measure(LayoutContext context, double width, double height)
        => content.Measure(context, width - Indent, height);

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
    {
        var plan = content.Measure(canvas.Context, width - Indent, height);
        canvas.Add(new BoxItem(x + 2, y, 2, plan.Height, 0, 0.6));
        var rest = content.Draw(canvas, x + Indent, y, width - Indent, height);
        return rest is ColumnElement column ? new QuoteElement(column) : null;
    }
}

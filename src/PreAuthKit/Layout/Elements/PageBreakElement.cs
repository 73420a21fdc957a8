namespace PreAuthKit.Layout.Elements;

/// <summary>An explicit page break; <see cref="ColumnElement"/> ends the page here (it takes no space itself).</summary>
internal sealed class PageBreakElement : Element
{
    public static PageBreakElement Instance { get; } = new();

    public override SpacePlan Measure(LayoutContext context, double width, double height) => SpacePlan.Full(0);

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height) => null;
}

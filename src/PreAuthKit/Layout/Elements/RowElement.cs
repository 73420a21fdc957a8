namespace PreAuthKit.Layout.Elements;

/// <summary>Elements side by side in equal columns (a photo-grid row); the row is never split.</summary>
internal sealed class RowElement(IReadOnlyList<Element> cells, int columns, double gap) : Element
{
    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var cellWidth = CellWidth(width);
        double tallest = 0;
        foreach (var cell in cells)
        {
            var plan = cell.Measure(context, cellWidth, height);
            if (!plan.IsFull)
            {
                return SpacePlan.Wrap;
            }

            tallest = Math.Max(tallest, plan.Height);
        }

        return SpacePlan.Full(tallest);
    }

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
    {
        var cellWidth = CellWidth(width);
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].Draw(canvas, x + (i * (cellWidth + gap)), y, cellWidth, height);
        }

        return null;
    }

    private double CellWidth(double width) => (width - ((columns - 1) * gap)) / columns;
}

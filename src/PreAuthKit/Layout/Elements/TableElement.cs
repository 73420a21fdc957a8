namespace PreAuthKit.Layout.Elements;

/// <summary>
/// A ruled table. Column widths come from the content (the widest line of each column, each
/// column at least as wide as its longest word but no wider than a third of the table for that
/// purpose), text wraps inside cells, the header row repeats on every page, and a row moves to
/// the next page whole; only a row taller than a page is split, and then between lines.
/// </summary>
internal sealed class TableElement : Element
{
    public const double PaddingX = 4;
    public const double PaddingY = 3;
    private const double Border = 0.5;
    private const double HeaderFill = 0.9;
    private const double Epsilon = 0.001;

    private readonly IReadOnlyList<TextBlockElement>? _header;
    private readonly IReadOnlyList<IReadOnlyList<TextBlockElement>> _rows;
    private readonly int _firstRow;
    private readonly IReadOnlyList<Element?>? _continuedRow;
    private readonly int _columns;
    private readonly ColumnWidthCache _widths;
    private readonly TableStructure? _structure;

    public TableElement(IReadOnlyList<TextBlockElement>? header, IReadOnlyList<IReadOnlyList<TextBlockElement>> rows, int columns, TableStructure? structure = null)
        : this(header, rows, 0, null, columns, new ColumnWidthCache(), structure)
    {
    }

    private TableElement(IReadOnlyList<TextBlockElement>? header, IReadOnlyList<IReadOnlyList<TextBlockElement>> rows, int firstRow, IReadOnlyList<Element?>? continuedRow, int columns, ColumnWidthCache widths, TableStructure? structure)
    {
        _structure = structure;
        _header = header;
        _rows = rows;
        _firstRow = firstRow;
        _continuedRow = continuedRow;
        _columns = columns;
        _widths = widths;
    }

    public override SpacePlan Measure(LayoutContext context, double width, double height) => Run(context, null, 0, 0, width, height).Plan;

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height) => Run(canvas.Context, canvas, x, y, width, height).Remainder;

    /// <summary>Column widths for a table of the given width.</summary>
    public IReadOnlyList<double> ColumnWidths(TextMeasurer measurer, double width)
    {
        if (_widths.Widths is null || Math.Abs(_widths.Width - width) > Epsilon)
        {
            _widths.Widths = ComputeWidths(measurer, width);
            _widths.Width = width;
        }

        return _widths.Widths;
    }

    private (SpacePlan Plan, Element? Remainder) Run(LayoutContext context, Canvas? canvas, double x, double y, double width, double height)
    {
        var widths = ColumnWidths(context.Measurer, width);
        double used = 0;
        if (_header is not null)
        {
            var headerHeight = RowHeight(context, _header, widths);
            if (headerHeight > height + Epsilon)
            {
                return (SpacePlan.Wrap, this);
            }

            if (canvas is not null)
            {
                // The header row is tagged once (TH cells); its repetitions on later pages are artifacts.
                var repeated = _firstRow > 0 || _continuedRow is not null;
                if (repeated)
                {
                    canvas.Enter(null);
                }

                DrawRow(canvas, _header, widths, x, y, headerHeight, HeaderFill, repeated ? null : _structure?.Header);
                if (repeated)
                {
                    canvas.Exit();
                }
            }

            used = headerHeight;
        }

        var drawn = 0;
        for (var r = _firstRow; r < _rows.Count; r++)
        {
            IReadOnlyList<Element?> row = r == _firstRow && _continuedRow is not null ? _continuedRow : _rows[r];
            var rowHeight = RowHeight(context, row, widths);
            if (used + rowHeight <= height + Epsilon)
            {
                if (canvas is not null)
                {
                    DrawRow(canvas, row, widths, x, y + used, rowHeight, null, RowNodes(r));
                }

                used += rowHeight;
                drawn++;
                continue;
            }

            if (drawn > 0)
            {
                return (SpacePlan.Partial(used), Rest(r, null));
            }

            // Not even the first row fits. Move to the next page, unless the row could never fit on one.
            var headerHeight = used;
            if (headerHeight + rowHeight <= context.PageContentHeight + Epsilon)
            {
                return (SpacePlan.Wrap, this);
            }

            return SplitRow(context, canvas, x, y, row, widths, used, height, r);
        }

        return (SpacePlan.Full(used), null);
    }

    private (SpacePlan Plan, Element? Remainder) SplitRow(LayoutContext context, Canvas? canvas, double x, double y, IReadOnlyList<Element?> row, IReadOnlyList<double> widths, double used, double height, int index)
    {
        var available = height - used - (2 * PaddingY);
        double tallest = 0;
        var any = false;
        for (var c = 0; c < _columns; c++)
        {
            var cell = c < row.Count ? row[c] : null;
            var plan = cell is null || available <= 0 ? SpacePlan.Wrap : cell.Measure(context, widths[c] - (2 * PaddingX), available);
            if (!plan.IsWrap)
            {
                any = true;
                tallest = Math.Max(tallest, plan.Height);
            }
        }

        if (!any)
        {
            return (SpacePlan.Wrap, this);
        }

        var rowHeight = tallest + (2 * PaddingY);
        if (canvas is null)
        {
            return (SpacePlan.Partial(used + rowHeight), null);
        }

        var rest = new Element?[_columns];
        var left = x;
        var nodes = RowNodes(index);
        Enter(canvas, nodes?.Row);
        for (var c = 0; c < _columns; c++)
        {
            var cell = c < row.Count ? row[c] : null;
            canvas.Add(new BoxItem(left, y + used, widths[c], rowHeight, Border));
            if (cell is not null)
            {
                var innerWidth = widths[c] - (2 * PaddingX);
                Enter(canvas, nodes?.Cells[c]);
                rest[c] = cell.Measure(context, innerWidth, available).IsWrap
                    ? cell
                    : cell.Draw(canvas, left + PaddingX, y + used + PaddingY, innerWidth, available);
                Exit(canvas, nodes?.Cells[c]);
            }

            left += widths[c];
        }

        Exit(canvas, nodes?.Row);

        return (SpacePlan.Partial(used + rowHeight), Rest(index, rest));
    }

    private TableElement Rest(int row, IReadOnlyList<Element?>? continued) => new(_header, _rows, row, continued, _columns, _widths, _structure);

    private TableRowStructure? RowNodes(int row) => _structure is { } s && row < s.Rows.Count ? s.Rows[row] : null;

    private static void Enter(Canvas canvas, StructureNode? node)
    {
        if (node is not null)
        {
            canvas.Enter(node);
        }
    }

    private static void Exit(Canvas canvas, StructureNode? node)
    {
        if (node is not null)
        {
            canvas.Exit();
        }
    }

    private double RowHeight(LayoutContext context, IReadOnlyList<Element?> row, IReadOnlyList<double> widths)
    {
        double tallest = 0;
        for (var c = 0; c < row.Count && c < _columns; c++)
        {
            if (row[c] is { } cell)
            {
                tallest = Math.Max(tallest, cell.Measure(context, widths[c] - (2 * PaddingX), double.PositiveInfinity).Height);
            }
        }

        return tallest + (2 * PaddingY);
    }

    private void DrawRow(Canvas canvas, IReadOnlyList<Element?> row, IReadOnlyList<double> widths, double x, double y, double height, double? fill, TableRowStructure? nodes)
    {
        var left = x;
        Enter(canvas, nodes?.Row);
        for (var c = 0; c < _columns; c++)
        {
            canvas.Add(new BoxItem(left, y, widths[c], height, Border, fill));
            if (c < row.Count && row[c] is { } cell)
            {
                Enter(canvas, nodes?.Cells[c]);
                cell.Draw(canvas, left + PaddingX, y + PaddingY, widths[c] - (2 * PaddingX), double.PositiveInfinity);
                Exit(canvas, nodes?.Cells[c]);
            }

            left += widths[c];
        }

        Exit(canvas, nodes?.Row);
    }

    private double[] ComputeWidths(TextMeasurer measurer, double width)
    {
        var preferred = new double[_columns];
        var minimum = new double[_columns];
        foreach (var row in _header is null ? _rows : _rows.Prepend(_header))
        {
            for (var c = 0; c < row.Count && c < _columns; c++)
            {
                var (p, m) = row[c].NaturalWidths(measurer);
                preferred[c] = Math.Max(preferred[c], p + (2 * PaddingX) + 0.5);
                minimum[c] = Math.Max(minimum[c], Math.Min(m + (2 * PaddingX) + 0.5, width / 3));
            }
        }

        for (var c = 0; c < _columns; c++)
        {
            minimum[c] = Math.Max(minimum[c], Math.Min(24, width / _columns));
            preferred[c] = Math.Max(preferred[c], minimum[c]);
        }

        var widths = new double[_columns];
        var sumPreferred = preferred.Sum();
        if (sumPreferred <= width)
        {
            for (var c = 0; c < _columns; c++)
            {
                widths[c] = preferred[c] * width / sumPreferred;
            }
        }
        else
        {
            // Columns that need no more than a fair share get their natural width; the others share the rest.
            var open = Enumerable.Range(0, _columns).ToList();
            var remaining = width;
            bool settled;
            do
            {
                settled = true;
                var share = remaining / open.Count;
                foreach (var c in open.Where(c => preferred[c] <= share).ToList())
                {
                    widths[c] = preferred[c];
                    remaining -= preferred[c];
                    open.Remove(c);
                    settled = false;
                }
            }
            while (!settled && open.Count > 0);

            var openMinimum = open.Sum(c => minimum[c]);
            var slack = open.Sum(c => preferred[c] - minimum[c]);
            foreach (var c in open)
            {
                widths[c] = openMinimum >= remaining || slack <= 0
                    ? minimum[c] * remaining / openMinimum
                    : minimum[c] + ((remaining - openMinimum) * (preferred[c] - minimum[c]) / slack);
            }
        }

        return widths;
    }
}

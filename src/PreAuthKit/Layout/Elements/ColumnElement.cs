namespace PreAuthKit.Layout.Elements;

/// <summary>
/// Elements stacked top to bottom, each with a gap before it (dropped at the top of a page).
/// Keeps an element marked <see cref="Element.KeepWithNext"/> on the page of the next one's first part,
/// and starts a new page at a <see cref="PageBreakElement"/>.
/// </summary>
internal sealed class ColumnElement : Element
{
    private const double Epsilon = 0.001;

    private readonly IReadOnlyList<Element> _children;
    private readonly IReadOnlyList<double> _gaps;

    public ColumnElement(IReadOnlyList<Element> children, IReadOnlyList<double> gaps)
    {
        if (children.Count != gaps.Count)
        {
            throw new ArgumentException("Every child needs a gap.", nameof(gaps));
        }

        _children = children;
        _gaps = gaps;
    }

    public IReadOnlyList<Element> Children => _children;

    public override bool KeepWithNext => _children.Count > 0 && _children[^1].KeepWithNext && _children.All(c => c.KeepWithNext);

    public override SpacePlan Measure(LayoutContext context, double width, double height)
        => Run(context, null, 0, 0, width, height).Plan;

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
        => Run(canvas.Context, canvas, x, y, width, height).Remainder;

    /// <summary>The first child's text ascent, for markers drawn beside the first line.</summary>
    public double FirstAscent(LayoutContext context, double width) => _children.Count == 0 ? 0 : _children[0] switch
    {
        TextBlockElement text => text.FirstAscent(context, width),
        ColumnElement column => column.FirstAscent(context, width),
        _ => TextStyle.Body.Size * LineBreaker.AscentRatio,
    };

    private (SpacePlan Plan, Element? Remainder) Run(LayoutContext context, Canvas? canvas, double x, double y, double width, double height)
    {
        double used = 0;
        var placed = false;
        for (var i = 0; i < _children.Count; i++)
        {
            var child = _children[i];
            if (child is PageBreakElement)
            {
                if (placed)
                {
                    return (SpacePlan.Partial(used), Rest(i + 1));
                }

                continue;
            }

            var gap = placed ? _gaps[i] : 0;
            var available = height - used - gap;
            var plan = available > Epsilon ? child.Measure(context, width, available) : SpacePlan.Wrap;
            if (plan.IsWrap || (placed && plan.IsFull && child.KeepWithNext && !FollowersFit(context, i + 1, width, available - plan.Height)))
            {
                return placed ? (SpacePlan.Partial(used), Rest(i)) : (SpacePlan.Wrap, this);
            }

            var rest = canvas is null ? null : child.Draw(canvas, x, y + used + gap, width, available);
            used += gap + plan.Height;
            placed = true;
            if (!plan.IsFull)
            {
                return (SpacePlan.Partial(used), canvas is null ? null : Rest(i + 1, rest));
            }
        }

        return (SpacePlan.Full(used), null);
    }

    /// <summary>Whether the first part of the element after a keep-with-next one (and of any chain of them) fits.</summary>
    private bool FollowersFit(LayoutContext context, int index, double width, double available)
    {
        if (index >= _children.Count || _children[index] is PageBreakElement)
        {
            return true;
        }

        var remaining = available - _gaps[index];
        if (remaining <= Epsilon)
        {
            return false;
        }

        var plan = _children[index].Measure(context, width, remaining);
        if (plan.IsWrap)
        {
            return false;
        }

        return !_children[index].KeepWithNext || !plan.IsFull || FollowersFit(context, index + 1, width, remaining - plan.Height);
    }

    private ColumnElement Rest(int from, Element? head = null)
    {
        var children = new List<Element>(_children.Count - from + 1);
        var gaps = new List<double>(children.Capacity);
        if (head is not null)
        {
            children.Add(head);
            gaps.Add(0);
        }

        for (var i = from; i < _children.Count; i++)
        {
            children.Add(_children[i]);
            gaps.Add(_gaps[i]);
        }

        return new ColumnElement(children, gaps);
    }
}

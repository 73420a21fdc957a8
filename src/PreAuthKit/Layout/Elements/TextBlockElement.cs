using PreAuthKit.Layout.Blocks;

namespace PreAuthKit.Layout.Elements;

/// <summary>
/// Wrapped text (a paragraph, a heading, a table cell). Splits between lines, never inside one.
/// A heading adds itself to the outline and keeps with the next element.
/// </summary>
internal sealed class TextBlockElement : Element
{
    private const double Epsilon = 0.001;

    private readonly IReadOnlyList<InlineRun> _runs;
    private readonly int _firstLine;
    private readonly int _headingLevel;
    private readonly LineCache _cache;

    public TextBlockElement(IReadOnlyList<InlineRun> runs, int headingLevel = 0)
        : this(runs, 0, headingLevel, new LineCache())
    {
    }

    private TextBlockElement(IReadOnlyList<InlineRun> runs, int firstLine, int headingLevel, LineCache cache)
    {
        _runs = runs;
        _firstLine = firstLine;
        _headingLevel = headingLevel;
        _cache = cache;
    }

    public override bool KeepWithNext => _headingLevel > 0;

    public IReadOnlyList<InlineRun> Runs => _runs;

    public override SpacePlan Measure(LayoutContext context, double width, double height)
    {
        var lines = Lines(context.Measurer, width);
        var (count, used) = Fit(lines, height);
        if (count == 0)
        {
            return SpacePlan.Wrap;
        }

        return _firstLine + count == lines.Count ? SpacePlan.Full(used) : SpacePlan.Partial(used);
    }

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
    {
        var lines = Lines(canvas.Measurer, width);
        var (count, _) = Fit(lines, height);
        if (_headingLevel > 0 && _firstLine == 0)
        {
            canvas.AddOutline(string.Concat(_runs.Select(r => r.Text)).Replace('\n', ' ').Trim(), _headingLevel, y);
        }

        var top = y;
        for (var i = _firstLine; i < _firstLine + count; i++)
        {
            var line = lines[i];
            foreach (var segment in line.Segments)
            {
                if (segment.Text.Length > 0)
                {
                    canvas.Add(new TextItem(x + segment.Offset, top + line.Ascent, segment.Text, segment.Style, segment.Width));
                }
            }

            top += line.Height;
        }

        return _firstLine + count < lines.Count ? new TextBlockElement(_runs, _firstLine + count, _headingLevel, _cache) : null;
    }

    /// <summary>The distance from the top of the element to its first baseline.</summary>
    public double FirstAscent(LayoutContext context, double width)
    {
        var lines = Lines(context.Measurer, width);
        return _firstLine < lines.Count ? lines[_firstLine].Ascent : 0;
    }

    /// <summary>The width of the widest line when nothing is wrapped, and of the widest unbreakable word.</summary>
    public (double Preferred, double Minimum) NaturalWidths(TextMeasurer measurer)
    {
        double preferred = 0, minimum = 0, line = 0;
        foreach (var run in _runs)
        {
            foreach (var token in LineBreaker.Tokenize(run.Text))
            {
                if (token == "\n")
                {
                    line = 0;
                    continue;
                }

                var width = measurer.Width(token, run.Style);
                line += width;
                preferred = Math.Max(preferred, line);
                if (token != " ")
                {
                    minimum = Math.Max(minimum, width);
                }
            }
        }

        return (preferred, minimum);
    }

    private (int Count, double Height) Fit(IReadOnlyList<LineBreaker.Line> lines, double height)
    {
        double used = 0;
        var count = 0;
        for (var i = _firstLine; i < lines.Count; i++)
        {
            if (used + lines[i].Height > height + Epsilon)
            {
                break;
            }

            used += lines[i].Height;
            count++;
        }

        return (count, used);
    }

    private IReadOnlyList<LineBreaker.Line> Lines(TextMeasurer measurer, double width)
    {
        if (_cache.Lines is null || Math.Abs(_cache.Width - width) > Epsilon)
        {
            _cache.Lines = LineBreaker.Break(_runs, width, measurer);
            _cache.Width = width;
        }

        return _cache.Lines;
    }
}

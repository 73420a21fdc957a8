using System.Globalization;

namespace PreAuthKit.Layout.Elements;

/// <summary>
/// A list item: its content indented, and beside the first line a bullet, a number, or a
/// checkbox drawn as a vector square (ticked when checked). Continues on the next page without a marker.
/// </summary>
internal sealed class ListItemElement : Element
{
    public const double Indent = 18;
    private const double BoxSize = 8;

    private readonly string? _marker;
    private readonly bool? _checked;
    private readonly ColumnElement _content;
    private readonly bool _first;
    private readonly StructureNode? _label;

    private ListItemElement(string? marker, bool? isChecked, ColumnElement content, bool first, StructureNode? label = null)
    {
        _label = label;
        _marker = marker;
        _checked = isChecked;
        _content = content;
        _first = first;
    }

    public static ListItemElement Bullet(ColumnElement content, int depth) => new(depth % 2 == 0 ? "\u2022" : "\u2013", null, content, true);

    public static ListItemElement Numbered(ColumnElement content, int number) => new(number.ToString(CultureInfo.InvariantCulture) + ".", null, content, true);

    public static ListItemElement Task(ColumnElement content, bool isChecked) => new(null, isChecked, content, true);

    /// <summary>The same item whose marker (bullet, number, checkbox) belongs to the label node (Lbl).</summary>
    public ListItemElement WithLabel(StructureNode label) => new(_marker, _checked, _content, _first, label);

    public override SpacePlan Measure(LayoutContext context, double width, double height)
        => _content.Measure(context, width - Indent, height);

    public override Element? Draw(Canvas canvas, double x, double y, double width, double height)
    {
        var contentX = x + Indent;
        if (_first)
        {
            var ascent = _content.FirstAscent(canvas.Context, width - Indent);
            var baseline = y + ascent;
            if (_checked is { } isChecked)
            {
                var top = baseline - BoxSize + 0.5;
                var left = contentX - BoxSize - 5;
                // The square and tick are the label's content; the label's text ("Checked") says the state.
                canvas.Add(new BoxItem(left, top, BoxSize, BoxSize, 0.7) { Structure = _label });
                if (isChecked)
                {
                    canvas.Add(new RuleItem(left + 1.6, top + 4.2, left + 3.4, top + 6.4, 1.1) { Structure = _label });
                    canvas.Add(new RuleItem(left + 3.4, top + 6.4, left + 6.8, top + 1.6, 1.1) { Structure = _label });
                }
            }
            else if (_marker is not null)
            {
                var style = TextStyle.Body;
                var markerWidth = canvas.Measurer.Width(_marker, style);
                canvas.Add(new TextItem(contentX - markerWidth - 5, baseline, _marker, style, markerWidth) { Structure = _label });
            }
        }

        var rest = _content.Draw(canvas, contentX, y, width - Indent, height);
        return rest is ColumnElement column ? new ListItemElement(_marker, _checked, column, false, _label) : null;
    }
}

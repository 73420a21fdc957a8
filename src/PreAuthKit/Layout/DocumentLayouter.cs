using System.Globalization;
using PreAuthKit.Layout.Blocks;
using PreAuthKit.Layout.Elements;
using PreAuthKit.Layout.Images;

namespace PreAuthKit.Layout;

/// <summary>
/// Paginates blocks: turns them into elements, lets the root column draw what fits on each page,
/// and adds the page furniture (first-page letterhead, running patient header on later pages,
/// footer with the document reference and an exact "Page X of Y").
/// </summary>
internal sealed class DocumentLayouter
{
    private const double FurnitureSize = 8;
    /// <summary>Most pages one document may have; a case within the caps needs far fewer (docs/case-file.md, "Limits").</summary>
    public const int PageLimit = 10_000;

    private readonly PageSetup _page;
    private readonly PageFurniture _furniture;
    private readonly TextMeasurer _measurer;
    private readonly IImageSource _images;

    public DocumentLayouter(PageSetup page, PageFurniture furniture, TextMeasurer measurer, IImageSource? images = null)
    {
        _page = page;
        _furniture = furniture;
        _measurer = measurer;
        _images = images ?? NoImages.Instance;
    }

    private static TextStyle FurnitureStyle => TextStyle.Body.WithSize(FurnitureSize);

    public LayoutDocument Layout(IReadOnlyList<ContentBlock> blocks)
    {
        var context = new LayoutContext(_measurer, _images, _page.ContentBottom - _page.MarginTop);
        var canvas = new Canvas(context);
        Element? remaining = new ElementFactory(context).Column(blocks);
        var contents = new List<List<LayoutItem>>();
        var furniture = new List<List<LayoutItem>>();
        while (remaining is not null || contents.Count == 0)
        {
            if (contents.Count >= PageLimit)
            {
                throw new LayoutLimitException();
            }

            var items = canvas.BeginPage();
            var extras = new List<LayoutItem>();
            contents.Add(items);
            furniture.Add(extras);
            PlaceStamp(context, extras);
            var top = contents.Count == 1 ? PlaceLetterhead(context, extras) : PlaceRunningHeader(context, extras);
            if (remaining is null)
            {
                break;
            }

            var height = _page.ContentBottom - top;
            var plan = remaining.Measure(context, _page.ContentWidth, height);
            if (plan.IsWrap)
            {
                if (top > _page.MarginTop + 0.001)
                {
                    continue; // the letterhead left too little room; the next page has the full height
                }

                // Nothing fits even an empty page (cannot happen with the elements' own limits): draw it
                // anyway rather than lose it, and say so.
                context.Warn("PAK-LAYOUT-003", "A block was too large for a page and may be cut off at the page edge.");
                remaining = remaining.Draw(canvas, _page.MarginLeft, top, _page.ContentWidth, double.PositiveInfinity);
                continue;
            }

            remaining = remaining.Draw(canvas, _page.MarginLeft, top, _page.ContentWidth, height);
        }

        AddFooters(furniture);
        var pages = contents.Select((items, index) => new LayoutPage(index + 1, items, furniture[index])).ToList();
        return new LayoutDocument(_page, pages, canvas.Outline, context.Warnings());
    }

    /// <summary>Places the letterhead in the content area of page 1 and returns where content starts.</summary>
    private double PlaceLetterhead(LayoutContext context, List<LayoutItem> items)
    {
        var y = _page.MarginTop;
        if (_furniture.Letterhead.Count == 0)
        {
            return y;
        }

        for (var i = 0; i < _furniture.Letterhead.Count; i++)
        {
            var style = i == 0 ? TextStyle.Body.WithSize(14).WithBold() : FurnitureStyle.WithSize(9);
            var text = context.Printable(_furniture.Letterhead[i], style);
            foreach (var line in LineBreaker.Break([new InlineRun(text, style)], _page.ContentWidth, _measurer))
            {
                AddLine(items, line, _page.MarginLeft, y + line.Ascent);
                y += line.Height;
            }
        }

        y += 4;
        items.Add(new RuleItem(_page.MarginLeft, y, _page.Width - _page.MarginRight, y, 1));
        return y + 14;
    }

    /// <summary>The stamp (a draft's "DRAFT — NOT FOR SUBMISSION") at the top of every page, centred in the top margin above the header.</summary>
    private void PlaceStamp(LayoutContext context, List<LayoutItem> items)
    {
        if (_furniture.Stamp.Length == 0)
        {
            return;
        }

        var style = TextStyle.Body.WithSize(12).WithBold();
        var text = context.Printable(_furniture.Stamp, style);
        var width = _measurer.Width(text, style);
        var baseline = _page.MarginTop - 44;
        items.Add(new TextItem(_page.MarginLeft + Math.Max(0, (_page.ContentWidth - width) / 2), baseline, text, style, width));
    }

    /// <summary>The patient identification every later page carries, in the top margin.</summary>
    private double PlaceRunningHeader(LayoutContext context, List<LayoutItem> items)
    {
        if (_furniture.RunningHeader.Length > 0)
        {
            var style = FurnitureStyle;
            var baseline = _page.MarginTop - 24;
            var text = context.Printable(_furniture.RunningHeader, style);
            // Every line of it: a header that wraps (long names) grows upwards into the margin, never cut.
            var lines = LineBreaker.Break([new InlineRun(text, style)], _page.ContentWidth, _measurer);
            var y = baseline - lines.Take(lines.Count - 1).Sum(l => l.Height);
            foreach (var line in lines)
            {
                AddLine(items, line, _page.MarginLeft, y);
                y += line.Height;
            }

            items.Add(new RuleItem(_page.MarginLeft, baseline + 4, _page.Width - _page.MarginRight, baseline + 4, 0.5));
        }

        return _page.MarginTop;
    }

    private static void AddLine(List<LayoutItem> items, LineBreaker.Line line, double left, double baseline)
    {
        foreach (var segment in line.Segments)
        {
            if (segment.Text.Length > 0)
            {
                items.Add(new TextItem(left + segment.Offset, baseline, segment.Text, segment.Style, segment.Width));
            }
        }
    }

    private void AddFooters(List<List<LayoutItem>> furniture)
    {
        var style = FurnitureStyle;
        var total = furniture.Count;
        var baseline = _page.Height - _page.MarginBottom + 30;
        var reference = _furniture.DocumentReference;
        for (var i = 0; i < total; i++)
        {
            var pageText = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {total}");
            var width = _measurer.Width(pageText, style);
            if (reference.Length > 0)
            {
                furniture[i].Add(new TextItem(_page.MarginLeft, baseline, reference, style, _measurer.Width(reference, style)));
            }

            furniture[i].Add(new TextItem(_page.Width - _page.MarginRight - width, baseline, pageText, style, width));
        }
    }
}

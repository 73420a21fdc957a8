using System.Globalization;
using PreAuthKit.Layout.Blocks;

namespace PreAuthKit.Layout;

/// <summary>
/// Places blocks on pages: word-wrapped lines, a new page when text runs past the bottom margin,
/// headings kept with what follows, and the page furniture (letterhead, running header, footer
/// with "Page X of Y").
/// </summary>
internal sealed class DocumentLayouter
{
    private const double FurnitureSize = 8;
    private const double ParagraphSpacing = 6;

    private readonly PageSetup _page;
    private readonly PageFurniture _furniture;
    private readonly TextMeasurer _measurer;
    private readonly List<List<LayoutItem>> _pages = [];
    private readonly List<OutlineEntry> _outline = [];
    private double _y;

    public DocumentLayouter(PageSetup page, PageFurniture furniture, TextMeasurer measurer)
    {
        _page = page;
        _furniture = furniture;
        _measurer = measurer;
    }

    private static TextStyle FurnitureStyle => TextStyle.Body.WithSize(FurnitureSize);

    private List<LayoutItem> Current => _pages[^1];

    public LayoutDocument Layout(IReadOnlyList<ContentBlock> blocks)
    {
        NewPage();
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case HeadingContent heading:
                    LayoutHeading(heading, i + 1 < blocks.Count ? blocks[i + 1] : null);
                    break;
                case ParagraphContent paragraph:
                    LayoutParagraph(paragraph);
                    break;
                case RuleContent:
                    EnsureSpace(8);
                    Current.Add(new RuleItem(_page.MarginLeft, _y + 4, _page.Width - _page.MarginRight, _y + 4, 0.5));
                    _y += 8 + ParagraphSpacing;
                    break;
                case PageBreakContent:
                    NewPage();
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block type {blocks[i].GetType().Name}.");
            }
        }

        AddFooters();
        var pages = _pages.Select((items, index) => new LayoutPage(index + 1, items)).ToList();
        return new LayoutDocument(_page, pages, _outline);
    }

    private void NewPage()
    {
        _pages.Add([]);
        _y = _page.MarginTop;
        if (_pages.Count == 1)
        {
            PlaceLetterhead();
        }
        else if (_furniture.RunningHeader.Length > 0)
        {
            var style = FurnitureStyle;
            var baseline = _page.MarginTop - 24;
            Current.Add(new TextItem(_page.MarginLeft, baseline, _furniture.RunningHeader, style, _measurer.Width(_furniture.RunningHeader, style)));
            Current.Add(new RuleItem(_page.MarginLeft, baseline + 4, _page.Width - _page.MarginRight, baseline + 4, 0.5));
        }
    }

    private void PlaceLetterhead()
    {
        if (_furniture.Letterhead.Count == 0)
        {
            return;
        }

        for (var i = 0; i < _furniture.Letterhead.Count; i++)
        {
            var style = i == 0 ? TextStyle.Body.WithSize(14).WithBold() : FurnitureStyle.WithSize(9);
            var line = _furniture.Letterhead[i];
            foreach (var wrapped in LineBreaker.Break([new InlineRun(line, style)], _page.ContentWidth, _measurer))
            {
                _y += wrapped.Height;
                PlaceLine(wrapped, _page.MarginLeft, _y - wrapped.Height + wrapped.Ascent);
            }
        }

        _y += 4;
        Current.Add(new RuleItem(_page.MarginLeft, _y, _page.Width - _page.MarginRight, _y, 1));
        _y += 14;
    }

    private void LayoutHeading(HeadingContent heading, ContentBlock? next)
    {
        var size = heading.Level switch { 1 => 15, 2 => 12.5, _ => 11 };
        var runs = heading.Runs.Select(r => r with { Style = r.Style.WithSize(size).WithBold() }).ToList();
        var lines = LineBreaker.Break(runs, _page.ContentWidth, _measurer);
        var spaceBefore = _y > _page.MarginTop + 1 ? 8 : 0;
        var height = spaceBefore + lines.Sum(l => l.Height) + 4;

        // Keep with next: the heading and the first line of what follows share a page.
        var nextLine = next is ParagraphContent ? TextStyle.Body.LineHeight : 0;
        if (!Fits(height + nextLine))
        {
            NewPage();
            spaceBefore = 0;
        }

        _y += spaceBefore;
        _outline.Add(new OutlineEntry(heading.PlainText, heading.Level, _pages.Count, _y));
        foreach (var line in lines)
        {
            PlaceLine(line, _page.MarginLeft, _y + line.Ascent);
            _y += line.Height;
        }

        _y += 4;
    }

    private void LayoutParagraph(ParagraphContent paragraph)
    {
        var left = _page.MarginLeft + paragraph.Indent;
        var lines = LineBreaker.Break(paragraph.Runs, _page.ContentWidth - paragraph.Indent, _measurer);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            EnsureSpace(line.Height);
            if (i == 0 && paragraph.Marker is { } marker)
            {
                var style = TextStyle.Body;
                var width = _measurer.Width(marker, style);
                Current.Add(new TextItem(left - width - 4, _y + line.Ascent, marker, style, width));
            }

            PlaceLine(line, left, _y + line.Ascent);
            _y += line.Height;
        }

        _y += ParagraphSpacing;
    }

    private void PlaceLine(LineBreaker.Line line, double left, double baseline)
    {
        foreach (var segment in line.Segments)
        {
            if (segment.Text.Length > 0)
            {
                Current.Add(new TextItem(left + segment.Offset, baseline, segment.Text, segment.Style, segment.Width));
            }
        }
    }

    private bool Fits(double height) => _y + height <= _page.ContentBottom + 0.001;

    private void EnsureSpace(double height)
    {
        if (!Fits(height) && _y > _page.MarginTop + 0.001)
        {
            NewPage();
        }
    }

    private void AddFooters()
    {
        var style = FurnitureStyle;
        var total = _pages.Count;
        var baseline = _page.Height - _page.MarginBottom + 30;
        for (var i = 0; i < total; i++)
        {
            var pageText = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {total}");
            var width = _measurer.Width(pageText, style);
            _pages[i].Add(new TextItem(_page.Width - _page.MarginRight - width, baseline, pageText, style, width));
            if (_furniture.DocumentReference.Length > 0)
            {
                _pages[i].Add(new TextItem(_page.MarginLeft, baseline, _furniture.DocumentReference, style, _measurer.Width(_furniture.DocumentReference, style)));
            }
        }
    }
}

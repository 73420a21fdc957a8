using System.Globalization;
using PreAuthKit.Layout.Blocks;
using PreAuthKit.Layout.Elements;

namespace PreAuthKit.Layout;

/// <summary>
/// Turns content blocks into elements: styles (heading sizes, table header weight, caption
/// size), the spacing between blocks, and the characters the fonts cannot print replaced.
/// </summary>
internal sealed class ElementFactory(LayoutContext context)
{
    public const double ParagraphGap = 6;
    public const double HeadingGap = 12;
    public const double AfterHeadingGap = 4;
    public const double ListItemGap = 3;

    /// <summary>Tables of at most this many body rows move to the next page as a whole rather than split (the patient or CMS-20027 table).</summary>
    public const int SmallTableRows = 12;

    public static double HeadingSize(int level) => level switch { 1 => 15, 2 => 12.5, _ => 11 };

    public ColumnElement Column(IReadOnlyList<ContentBlock> blocks, int listDepth = 0, StructureNode? parent = null)
    {
        var children = new List<Element>(blocks.Count);
        var gaps = new List<double>(blocks.Count);
        ContentBlock? previous = null;
        foreach (var block in blocks)
        {
            children.Add(Create(block, listDepth, parent));
            gaps.Add(Gap(previous, block));
            previous = block;
        }

        return new ColumnElement(children, gaps);
    }

    public TextBlockElement Text(IReadOnlyList<InlineRun> runs, int headingLevel = 0)
        => new(runs.Select(r => r with { Text = context.Printable(r.Text, r.Style) }).ToList(), headingLevel);

    private static double Gap(ContentBlock? previous, ContentBlock block) => (previous, block) switch
    {
        (null, _) => 0,
        (_, HeadingContent) => HeadingGap,
        (HeadingContent, _) => AfterHeadingGap,
        (_, SignatureContent) => HeadingGap,
        _ => ParagraphGap,
    };

    private Element Create(ContentBlock block, int listDepth, StructureNode? parent) => block switch
    {
        HeadingContent heading => Tag(
            Text(
                heading.Runs.Select(r => r with { Style = r.Style.WithSize(HeadingSize(heading.Level)).WithBold() }).ToList(),
                Math.Clamp(heading.Level, 1, 3)),
            Math.Clamp(heading.Level, 1, 3) switch { 1 => StructureRole.H1, 2 => StructureRole.H2, _ => StructureRole.H3 },
            parent),
        ParagraphContent paragraph => Tag(Text(paragraph.Runs), StructureRole.P, parent),
        RuleContent => LineElement.ThematicBreak(),
        PageBreakContent => PageBreakElement.Instance,
        ListContent list => List(list, listDepth, new StructureNode(StructureRole.L, parent)),
        TableContent { MaySplit: false, Rows.Count: <= SmallTableRows } small => new KeepTogetherElement(Table(small, new StructureNode(StructureRole.Table, parent))),
        TableContent table => Table(table, new StructureNode(StructureRole.Table, parent)),
        QuoteContent quote => Quote(quote, listDepth, new StructureNode(StructureRole.BlockQuote, parent)),
        ImageContent image => Image(image, parent),
        PhotoGridContent grid => PhotoGrid(grid, parent),
        KeepTogetherContent keep => new KeepTogetherElement(Column(keep.Children, listDepth, parent)),
        SignatureContent signature => Signature(signature, parent),
        _ => throw new InvalidOperationException($"Unknown block type {block.GetType().Name}."),
    };

    private static TaggedElement Tag(Element element, StructureRole role, StructureNode? parent) => new(element, new StructureNode(role, parent));

    private TaggedElement Quote(QuoteContent quote, int listDepth, StructureNode node)
        => new(new QuoteElement(Column(quote.Children, listDepth, node)), node);

    private TaggedElement List(ListContent list, int depth, StructureNode node)
    {
        var items = new List<Element>(list.Items.Count);
        var gaps = new List<double>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var listItem = new StructureNode(StructureRole.LI, node);
            var label = new StructureNode(StructureRole.Lbl, listItem, item.Task is { } state ? (state ? "Checked" : "Not checked") : null);
            var body = new StructureNode(StructureRole.LBody, listItem);
            var content = Column(item.Children, depth + 1, body);
            var element = item.Task is { } done
                ? ListItemElement.Task(content, done)
                : list.Ordered ? ListItemElement.Numbered(content, list.Start + i) : ListItemElement.Bullet(content, depth);
            items.Add(new TaggedElement(element.WithLabel(label), listItem));
            gaps.Add(i == 0 ? 0 : ListItemGap);
        }

        return new TaggedElement(new ColumnElement(items, gaps), node);
    }

    private TaggedElement Table(TableContent table, StructureNode node)
    {
        var columns = Math.Max(1, table.ColumnCount);
        IReadOnlyList<TextBlockElement> Row(TableRowContent row, bool header)
        {
            var cells = new List<TextBlockElement>(columns);
            for (var c = 0; c < columns; c++)
            {
                var runs = c < row.Cells.Count ? row.Cells[c] : [];
                cells.Add(Text(header ? runs.Select(r => r with { Style = r.Style.WithBold() }).ToList() : runs));
            }

            return cells;
        }

        TableRowStructure RowNodes(bool header)
        {
            var row = new StructureNode(StructureRole.TR, node);
            return new TableRowStructure(row, Enumerable.Range(0, columns).Select(_ => new StructureNode(header ? StructureRole.TH : StructureRole.TD, row)).ToList());
        }

        var structure = new TableStructure(table.Header is null ? null : RowNodes(true), table.Rows.Select(_ => RowNodes(false)).ToList());
        var element = new TableElement(table.Header is null ? null : Row(table.Header, true), table.Rows.Select(r => Row(r, false)).ToList(), columns, structure);
        return new TaggedElement(element, node);
    }

    private Element Image(ImageContent image, StructureNode? parent)
    {
        var data = context.Images.Resolve(image.Key);
        var caption = image.Caption.Count == 0 || image.Caption.All(r => string.IsNullOrWhiteSpace(r.Text))
            ? null
            : Text(image.Caption.Select(r => r with { Style = r.Style.WithSize(9).WithItalic() }).ToList());
        if (data is null)
        {
            context.Warn("PAK-LAYOUT-002", string.Create(CultureInfo.InvariantCulture, $"The picture '{image.Key}' could not be found; a placeholder is printed instead."));
            var placeholder = new List<InlineRun> { new("[Picture not available", TextStyle.Body.WithItalic()) };
            if (caption is not null)
            {
                placeholder.Add(new InlineRun(": ", TextStyle.Body.WithItalic()));
                placeholder.AddRange(caption.Runs);
            }

            placeholder.Add(new InlineRun("]", TextStyle.Body.WithItalic()));
            return Tag(Text(placeholder), StructureRole.P, parent);
        }

        var captionText = caption is null ? "" : string.Concat(caption.Runs.Select(r => r.Text)).Replace('\n', ' ').Trim();
        var alternative = image.AlternativeText is { Length: > 0 } description
            ? description
            : captionText.Length == 0 ? "Picture" : captionText;
        var figure = new StructureNode(StructureRole.Figure, parent, alternative);
        return new ImageElement(data, caption, image.WidthFraction) { Figure = figure, CaptionNode = caption is null ? null : new StructureNode(StructureRole.Caption, parent) };
    }

    private ColumnElement PhotoGrid(PhotoGridContent grid, StructureNode? parent)
    {
        var columns = Math.Clamp(grid.Columns, 1, 2);
        var rows = new List<Element>();
        var gaps = new List<double>();
        for (var i = 0; i < grid.Images.Count; i += columns)
        {
            var cells = grid.Images.Skip(i).Take(columns).Select(image => Image(image, parent)).ToList();
            rows.Add(new RowElement(cells, columns, 12));
            gaps.Add(rows.Count == 1 ? 0 : 10);
        }

        return new ColumnElement(rows, gaps);
    }

    private KeepTogetherElement Signature(SignatureContent signature, StructureNode? parent)
    {
        var children = new List<Element>();
        var gaps = new List<double>();
        if (signature.Children.Count > 0)
        {
            children.Add(Create(signature.Children[0], 0, parent));
            gaps.Add(0);
        }

        children.Add(LineElement.Signature());
        gaps.Add(0);
        for (var i = 1; i < signature.Children.Count; i++)
        {
            children.Add(Create(signature.Children[i], 0, parent));
            gaps.Add(i == 1 ? 2 : ParagraphGap);
        }

        return new KeepTogetherElement(new ColumnElement(children, gaps));
    }
}

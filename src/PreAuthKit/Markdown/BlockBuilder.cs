using System.Globalization;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;
using PreAuthKit.Pdf;

namespace PreAuthKit.Markdown;

/// <summary>
/// Turns Markdig's syntax tree into layout blocks (the dialect is described in
/// <c>docs/markdown-dialect.md</c>). Constructs without a dedicated block degrade to plain text;
/// nothing is dropped.
/// </summary>
internal static class BlockBuilder
{
    /// <summary>A paragraph holding only this text is a page break.</summary>
    public const string PageBreakParagraph = "\\pagebreak";

    public static IReadOnlyList<ContentBlock> Build(MarkdownDocument document) => Blocks(document);

    private static List<ContentBlock> Blocks(ContainerBlock container)
    {
        var blocks = new List<ContentBlock>();
        foreach (var block in container)
        {
            Add(block, blocks);
        }

        return KeepLabelsWithWhatFollows(blocks);
    }

    /// <summary>
    /// A paragraph that ends with a colon ("Alternatives considered:") is a label: it stays on the page
    /// of the block that follows it.
    /// </summary>
    private static List<ContentBlock> KeepLabelsWithWhatFollows(List<ContentBlock> blocks)
    {
        var result = new List<ContentBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphContent paragraph && IsLabel(paragraph) && i + 1 < blocks.Count && blocks[i + 1] is not (HeadingContent or PageBreakContent))
            {
                result.Add(new KeepTogetherContent([paragraph, blocks[i + 1]]));
                i++;
                continue;
            }

            result.Add(blocks[i]);
        }

        return result;
    }

    private static bool IsLabel(ParagraphContent paragraph)
        => string.Concat(paragraph.Runs.Select(r => r.Text)).TrimEnd() is { Length: > 0 and <= 120 } text && text[^1] == ':';

    private static void Add(Block block, List<ContentBlock> blocks)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new HeadingContent(Math.Clamp(heading.Level, 1, 3), Runs(heading.Inline, TextStyle.Body)));
                break;
            case ParagraphBlock paragraph:
                AddParagraph(paragraph, blocks);
                break;
            case ThematicBreakBlock:
                blocks.Add(new RuleContent());
                break;
            case ListBlock list:
                blocks.Add(List(list));
                break;
            case Table table:
                blocks.Add(Table(table));
                break;
            case QuoteBlock quote:
                blocks.Add(new QuoteContent(Blocks(quote)));
                break;
            case CustomContainer custom:
                AddContainer(custom, blocks);
                break;
            case CodeBlock code:
                blocks.Add(new ParagraphContent([new InlineRun(LeafText(code), TextStyle.Body with { Family = EmbeddedFontResolver.Mono, Size = 9.5 })]));
                break;
            case LeafBlock leaf:
                blocks.Add(new ParagraphContent([new InlineRun(LeafText(leaf), TextStyle.Body)]));
                break;
            case ContainerBlock container:
                blocks.AddRange(Blocks(container));
                break;
        }
    }

    private static void AddParagraph(ParagraphBlock paragraph, List<ContentBlock> blocks)
    {
        var runs = Runs(paragraph.Inline, TextStyle.Body);
        if (string.Concat(runs.Select(r => r.Text)).Trim() == PageBreakParagraph)
        {
            blocks.Add(new PageBreakContent());
            return;
        }

        var images = ImagesOnly(paragraph);
        if (images is not null)
        {
            blocks.AddRange(images);
            return;
        }

        blocks.Add(new ParagraphContent(runs));
    }

    private static void AddContainer(CustomContainer container, List<ContentBlock> blocks)
    {
        var kind = (container.Info ?? "").Trim().ToLowerInvariant();
        switch (kind)
        {
            case "page-break":
                blocks.Add(new PageBreakContent());
                blocks.AddRange(Blocks(container));
                break;
            case "keep-together":
                blocks.Add(new KeepTogetherContent(Blocks(container)));
                break;
            case "table-may-split":
                blocks.AddRange(Blocks(container).Select(b => b is TableContent table ? table with { MaySplit = true } : b));
                break;
            case "signature":
                blocks.Add(new SignatureContent(Blocks(container)));
                break;
            case "photo-grid":
                var children = Blocks(container);
                var columns = Option(container, "columns") is "1" ? 1 : 2;
                blocks.Add(new PhotoGridContent(columns, WithDescriptions(children)));
                blocks.AddRange(children.Where(c => c is not ImageContent));
                break;
            default:
                blocks.AddRange(Blocks(container));
                break;
        }
    }

    /// <summary>A container option, from <c>:::photo-grid columns=1</c> or <c>{columns=1}</c>.</summary>
    private static string? Option(IMarkdownObject node, string name)
    {
        if (node.TryGetAttributes()?.Properties is { } properties)
        {
            foreach (var property in properties)
            {
                if (string.Equals(property.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }
        }

        if (node is CustomContainer { Arguments: { } arguments })
        {
            foreach (var part in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && string.Equals(part[..equals], name, StringComparison.OrdinalIgnoreCase))
                {
                    return part[(equals + 1)..].Trim('"', '\'');
                }
            }
        }

        return null;
    }

    /// <summary>The pictures of a paragraph made only of pictures (and line breaks), or null.</summary>
    private static List<ContentBlock>? ImagesOnly(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null)
        {
            return null;
        }

        var images = new List<ContentBlock>();
        foreach (var inline in paragraph.Inline)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    images.Add(new ImageContent((image.Url ?? "").Trim(), Runs(image, TextStyle.Body), WidthFraction(image)));
                    break;
                case LineBreakInline:
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }

        return images.Count > 0 ? images : null;
    }

    /// <summary>
    /// The grid's pictures, each with the text of the paragraph that follows it in the grid (the
    /// photo's description, body site and date) as its alternative text for the tagged PDF.
    /// </summary>
    private static List<ImageContent> WithDescriptions(List<ContentBlock> children)
    {
        var images = new List<ImageContent>();
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is not ImageContent image)
            {
                continue;
            }

            var description = children.Skip(i + 1).TakeWhile(c => c is not ImageContent).OfType<ParagraphContent>().FirstOrDefault();
            images.Add(description is null ? image : image with { AlternativeText = string.Concat(description.Runs.Select(r => r.Text)).Replace('\n', ' ').Trim() });
        }

        return images;
    }

    private static double? WidthFraction(LinkInline image)
    {
        var value = Option(image, "width")?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var percent = value.EndsWith('%');
        if (!double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return null;
        }

        var fraction = percent || number > 1 ? number / 100 : number;
        return Math.Clamp(fraction, 0.05, 1);
    }

    private static ListContent List(ListBlock list)
    {
        var start = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 1;
        var items = new List<ListItemContent>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            bool? task = item.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList box } ? box.Checked : null;
            items.Add(new ListItemContent(task, Blocks(item)));
        }

        return new ListContent(list.IsOrdered, start, items);
    }

    private static TableContent Table(Table table)
    {
        TableRowContent? header = null;
        var rows = new List<TableRowContent>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>().Select(Cell).ToList();
            if (row.IsHeader && header is null && rows.Count == 0)
            {
                // A header row whose cells are all empty (| | |) marks a key/value table: no header row prints.
                if (cells.Any(c => c.Any(r => !string.IsNullOrWhiteSpace(r.Text))))
                {
                    header = new TableRowContent(cells);
                }
            }
            else
            {
                rows.Add(new TableRowContent(cells));
            }
        }

        return new TableContent(header, rows);
    }

    private static IReadOnlyList<InlineRun> Cell(TableCell cell)
    {
        var runs = new List<InlineRun>();
        foreach (var child in cell)
        {
            if (runs.Count > 0)
            {
                runs.Add(new InlineRun("\n", TextStyle.Body));
            }

            runs.AddRange(child is LeafBlock { Inline: { } inline } ? Runs(inline, TextStyle.Body) : [new InlineRun(child is LeafBlock leaf ? LeafText(leaf) : "", TextStyle.Body)]);
        }

        return runs;
    }

    internal static List<InlineRun> Runs(ContainerInline? container, TextStyle style)
    {
        var runs = new List<InlineRun>();
        if (container is not null)
        {
            AddInlines(container, style, runs);
        }

        return runs;
    }

    private static void AddInlines(ContainerInline container, TextStyle style, List<InlineRun> runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new InlineRun(literal.Content.ToString(), style));
                    break;
                case EmphasisInline emphasis:
                    var inner = emphasis.DelimiterCount >= 2 ? style.WithBold() : style.WithItalic();
                    if (emphasis.DelimiterChar is '~' or '=' or '+' or '^')
                    {
                        inner = style;
                    }

                    AddInlines(emphasis, inner, runs);
                    break;
                case CodeInline code:
                    runs.Add(new InlineRun(code.Content, style with { Family = EmbeddedFontResolver.Mono }));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new InlineRun(lineBreak.IsHard ? "\n" : " ", style));
                    break;
                case TaskList:
                    break;
                case LinkInline { IsImage: true } image:
                    runs.Add(new InlineRun("[Picture: ", style));
                    AddInlines(image, style, runs);
                    runs.Add(new InlineRun("]", style));
                    break;
                case AutolinkInline autolink:
                    runs.Add(new InlineRun(autolink.Url, style));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new InlineRun(entity.Transcoded.ToString(), style));
                    break;
                case ContainerInline nested:
                    AddInlines(nested, style, runs);
                    break;
                case HtmlInline html:
                    runs.Add(new InlineRun(html.Tag, style));
                    break;
                case LeafInline leaf:
                    runs.Add(new InlineRun(leaf.ToString() ?? "", style));
                    break;
            }
        }
    }

    private static string LeafText(LeafBlock leaf)
    {
        if (leaf.Inline is not null)
        {
            return string.Concat(Runs(leaf.Inline, TextStyle.Body).Select(r => r.Text));
        }

        var text = new StringBuilder();
        if (leaf.Lines.Lines is { } lines)
        {
            for (var i = 0; i < leaf.Lines.Count; i++)
            {
                if (i > 0)
                {
                    text.Append('\n');
                }

                text.Append(lines[i].Slice.ToString());
            }
        }

        return text.ToString();
    }
}

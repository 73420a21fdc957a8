using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;

namespace PreAuthKit.Markdown;

/// <summary>
/// Turns Markdig's syntax tree into layout blocks. Constructs without a dedicated block degrade to
/// plain text; nothing is dropped.
/// </summary>
internal static class BlockBuilder
{
    private const double ListIndent = 18;

    public static IReadOnlyList<ContentBlock> Build(MarkdownDocument document)
    {
        var blocks = new List<ContentBlock>();
        foreach (var block in document)
        {
            Add(block, blocks, 0);
        }

        return blocks;
    }

    private static void Add(Markdig.Syntax.Block block, List<ContentBlock> blocks, double indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new HeadingContent(Math.Clamp(heading.Level, 1, 3), Runs(heading.Inline, TextStyle.Body)));
                break;
            case ParagraphBlock paragraph:
                blocks.Add(new ParagraphContent(Runs(paragraph.Inline, TextStyle.Body), indent));
                break;
            case ThematicBreakBlock:
                blocks.Add(new RuleContent());
                break;
            case ListBlock list:
                AddList(list, blocks, indent);
                break;
            case Table table:
                AddTableAsText(table, blocks, indent);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Add(child, blocks, indent + ListIndent);
                }

                break;
            case LeafBlock leaf:
                blocks.Add(new ParagraphContent([new InlineRun(LeafText(leaf), TextStyle.Body)], indent));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(child, blocks, indent);
                }

                break;
        }
    }

    private static void AddList(ListBlock list, List<ContentBlock> blocks, double indent)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}." : "\u2022";
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    var runs = Runs(paragraph.Inline, TextStyle.Body);
                    if (paragraph.Inline?.FirstChild is TaskList task)
                    {
                        marker = task.Checked ? "[x]" : "[ ]";
                    }

                    blocks.Add(new ParagraphContent(runs, indent + ListIndent, marker));
                }
                else
                {
                    Add(child, blocks, indent + ListIndent);
                }

                first = false;
            }
        }
    }

    private static void AddTableAsText(Table table, List<ContentBlock> blocks, double indent)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            var runs = new List<InlineRun>();
            foreach (var cell in row.OfType<TableCell>())
            {
                if (runs.Count > 0)
                {
                    runs.Add(new InlineRun(" | ", TextStyle.Body));
                }

                foreach (var paragraph in cell.OfType<ParagraphBlock>())
                {
                    runs.AddRange(Runs(paragraph.Inline, row.IsHeader ? TextStyle.Body.WithBold() : TextStyle.Body));
                }
            }

            blocks.Add(new ParagraphContent(runs, indent));
        }
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
                    AddInlines(emphasis, inner, runs);
                    break;
                case CodeInline code:
                    runs.Add(new InlineRun(code.Content, style with { Family = Pdf.EmbeddedFontResolver.Mono }));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new InlineRun(lineBreak.IsHard ? "\n" : " ", style));
                    break;
                case TaskList:
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

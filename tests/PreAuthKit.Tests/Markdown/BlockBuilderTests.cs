using PreAuthKit.Layout.Blocks;
using PreAuthKit.Markdown;

namespace PreAuthKit.Tests.Markdown;

public class BlockBuilderTests
{
    private static IReadOnlyList<ContentBlock> Build(string markdown) => BlockBuilder.Build(MarkdownParser.Parse(markdown));

    [Test]
    public void Tables_task_lists_quotes_and_containers_become_their_blocks()
    {
        var blocks = Build("| A | B |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n> quoted\n\n:::keep-together\nkept\n:::\n\n:::signature\nSincerely,\n\nName\n:::\n\n---\n");

        Assert.That(blocks.Select(b => b.GetType()), Is.EqualTo(new[] { typeof(TableContent), typeof(ListContent), typeof(QuoteContent), typeof(KeepTogetherContent), typeof(SignatureContent), typeof(RuleContent) }));
        var table = (TableContent)blocks[0];
        Assert.That(table.Header!.Cells.Select(c => c[0].Text), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(table.Rows.Single().Cells.Select(c => c[0].Text), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(((ListContent)blocks[1]).Items.Select(i => i.Task), Is.EqualTo(new bool?[] { true, false }));
    }

    [Test]
    public void Images_carry_key_caption_and_width()
    {
        var blocks = Build("![Left *forearm*](photo:2){width=40%}\n\n:::photo-grid columns=1\n![A](photo:1)\n:::\n");

        var image = (ImageContent)blocks[0];
        Assert.That(image.Key, Is.EqualTo("photo:2"));
        Assert.That(string.Concat(image.Caption.Select(r => r.Text)), Is.EqualTo("Left forearm"));
        Assert.That(image.WidthFraction, Is.EqualTo(0.4).Within(1e-9));
        var grid = (PhotoGridContent)blocks[1];
        Assert.That(grid.Columns, Is.EqualTo(1));
        Assert.That(grid.Images.Single().Key, Is.EqualTo("photo:1"));
    }

    [Test]
    public void Unsupported_constructs_degrade_to_text()
    {
        var blocks = Build("```\ncode line\n```\n\n<div>raw html</div>\n\nText with ![inline pic](photo:1) inside.\n");
        var text = string.Join("|", blocks.OfType<ParagraphContent>().Select(p => string.Concat(p.Runs.Select(r => r.Text))));

        Assert.That(text, Does.Contain("code line").And.Contain("raw html").And.Contain("[Picture: inline pic]"));
    }
}

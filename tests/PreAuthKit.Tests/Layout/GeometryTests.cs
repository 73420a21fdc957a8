using System.Globalization;
using System.Text;
using PreAuthKit.Layout;

namespace PreAuthKit.Tests.Layout;

public class GeometryTests
{
    private const double Tolerance = 0.01;

    [Test]
    public void No_glyph_lies_outside_the_margins_on_any_page()
    {
        var document = LayoutTest.ForFixture("long-synthetic.md").WithFurniture().Layout();
        var page = document.Page;

        Assert.That(document.Pages, Has.Count.GreaterThanOrEqualTo(6));
        foreach (var layoutPage in document.Pages)
        {
            foreach (var text in layoutPage.Texts())
            {
                var where = $"page {layoutPage.Number}: '{text.Text}'";
                Assert.That(text.X, Is.GreaterThanOrEqualTo(page.MarginLeft - Tolerance), where);
                Assert.That(text.X + text.Width, Is.LessThanOrEqualTo(page.Width - page.MarginRight + Tolerance), where);
                Assert.That(text.Top(), Is.GreaterThanOrEqualTo(page.MarginTop - Tolerance), where);
                Assert.That(text.Bottom(), Is.LessThanOrEqualTo(page.ContentBottom + Tolerance), where);
            }

            foreach (var item in layoutPage.AllItems)
            {
                var (left, top, right, bottom) = item switch
                {
                    TextItem t => (t.X, t.Top(), t.X + t.Width, t.Bottom()),
                    RuleItem r => (Math.Min(r.X1, r.X2), Math.Min(r.Y1, r.Y2), Math.Max(r.X1, r.X2), Math.Max(r.Y1, r.Y2)),
                    BoxItem b => (b.X, b.Y, b.X + b.Width, b.Y + b.Height),
                    ImageItem i => (i.X, i.Y, i.X + i.Width, i.Y + i.Height),
                    _ => (0d, 0d, 0d, 0d),
                };
                var where = $"page {layoutPage.Number}: {item}";
                Assert.That(left, Is.GreaterThanOrEqualTo(page.MarginLeft - 1), where);
                Assert.That(right, Is.LessThanOrEqualTo(page.Width - page.MarginRight + 1), where);
                Assert.That(top, Is.GreaterThanOrEqualTo(page.MarginTop / 2), where);
                Assert.That(bottom, Is.LessThanOrEqualTo(page.Height - (page.MarginBottom / 3)), where);
            }
        }
    }

    [Test]
    public void A_table_spanning_pages_repeats_its_header_on_every_page()
    {
        var rows = string.Concat(Enumerable.Range(1, 90).Select(i => $"| {i} | Item number {i} with a description | {i % 5} |\n"));
        var document = LayoutTest.ForMarkdown("Intro paragraph.\n\n| No. | Description | Units |\n|---|---|---|\n" + rows).Layout();

        Assert.That(document.Pages, Has.Count.GreaterThanOrEqualTo(2));
        foreach (var page in document.Pages)
        {
            var header = page.Texts().Where(t => t.Text == "Description").ToList();
            Assert.That(header, Has.Count.EqualTo(1), $"page {page.Number}");
            Assert.That(header[0].Style.Bold, Is.True);
            var firstBody = page.Texts().Where(t => !t.Style.Bold && t.Text.StartsWith("Item", StringComparison.Ordinal)).Min(t => t.Baseline);
            Assert.That(header[0].Baseline, Is.LessThan(firstBody), "the header sits above the rows");
        }

        var numbers = document.Pages.SelectMany(p => p.Texts()).Where(t => t.Text.StartsWith("Item number ", StringComparison.Ordinal)).Select(t => t.Text).ToList();
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, 90).Select(i => $"Item number {i} with a description")), "every row once, in order");
    }

    [Test]
    public void A_table_row_is_never_split_across_pages()
    {
        var rows = string.Concat(Enumerable.Range(1, 40).Select(i => $"| {i} | {string.Join(' ', Enumerable.Repeat("wrapping words", 12))} |\n"));
        var document = LayoutTest.ForMarkdown("| No. | Text |\n|---|---|\n" + rows).Layout();

        Assert.That(document.Pages, Has.Count.GreaterThanOrEqualTo(2));
        var perRow = document.Pages.SelectMany(p => p.Texts()).Count(t => t.Text.StartsWith("wrapping", StringComparison.Ordinal)) / 40.0;
        Assert.That(perRow, Is.GreaterThan(1), "each row must wrap to several lines");
        var pagesOfLines = document.Pages.Select(p => p.Texts().Count(t => t.Text.StartsWith("wrapping", StringComparison.Ordinal))).ToList();
        Assert.That(pagesOfLines.All(count => count % perRow == 0), Is.True, $"each page holds whole rows ({string.Join(",", pagesOfLines)} lines, {perRow} per row)");
    }

    [Test]
    public void A_heading_is_never_the_last_line_of_a_page()
    {
        var checkedPages = 0;
        for (var filler = 30; filler < 60; filler++)
        {
            var markdown = new StringBuilder();
            for (var i = 0; i < filler; i++)
            {
                markdown.Append(CultureInfo.InvariantCulture, $"Filler line {i}.\n\n");
            }

            markdown.Append("## Section heading\n\n### Subheading\n\nThe paragraph that must follow its headings onto the same page.\n");
            var document = LayoutTest.ForMarkdown(markdown.ToString()).WithFurniture().Layout();
            foreach (var page in document.Pages)
            {
                var last = page.Texts().MaxBy(t => t.Baseline);
                Assert.That(last?.IsHeading(), Is.Not.True, $"filler {filler}, page {page.Number} ends with the heading '{last?.Text}'");
                checkedPages++;
            }

            var paragraphPage = document.Pages.Single(p => p.Texts().Any(t => t.Text.StartsWith("The paragraph", StringComparison.Ordinal)));
            Assert.That(paragraphPage.Texts().Count(t => t.IsHeading()), Is.EqualTo(2), $"filler {filler}: both headings share the paragraph's page");
        }

        Assert.That(checkedPages, Is.GreaterThan(30));
    }

    [Test]
    public void A_300_character_token_wraps_inside_the_column()
    {
        var token = new string('W', 300);
        var document = LayoutTest.ForMarkdown(token).Layout();
        var texts = document.Pages[0].Texts().ToList();

        Assert.That(texts, Has.Count.GreaterThan(1));
        Assert.That(string.Concat(texts.OrderBy(t => t.Baseline).Select(t => t.Text)), Is.EqualTo(token), "no character lost");
        Assert.That(texts.Max(t => t.X + t.Width), Is.LessThanOrEqualTo(document.Page.Width - document.Page.MarginRight + Tolerance));
    }

    [Test]
    public void A_20_page_document_numbers_its_pages_1_of_20_to_20_of_20()
    {
        var markdown = string.Join("\n\\pagebreak\n\n", Enumerable.Range(1, 20).Select(i => $"Page body {i}.\n"));
        var document = LayoutTest.ForMarkdown(markdown).WithFurniture().Layout();

        Assert.That(document.Pages, Has.Count.EqualTo(20));
        for (var i = 0; i < 20; i++)
        {
            var footer = document.Pages[i].FurnitureTexts().Select(t => t.Text).ToList();
            Assert.That(footer, Does.Contain($"Page {i + 1} of 20"));
            Assert.That(footer, Does.Contain("Test document REF-1"));
            Assert.That(document.Pages[i].ContentText(), Is.EqualTo($"Page body {i + 1}."));
        }
    }

    [Test]
    public void The_running_header_appears_on_pages_2_to_N_and_the_letterhead_on_page_1()
    {
        var document = LayoutTest.ForFixture("long-synthetic.md").WithFurniture().Layout();
        var header = LayoutTest.Furniture.RunningHeader;

        Assert.That(document.Pages[0].FurnitureTexts().Select(t => t.Text), Does.Contain("Example Clinic").And.Not.Contain(header));
        foreach (var page in document.Pages.Skip(1))
        {
            var texts = page.FurnitureTexts().ToList();
            Assert.That(texts.Select(t => t.Text), Does.Contain(header), $"page {page.Number}");
            Assert.That(texts.Single(t => t.Text == header).Baseline, Is.LessThan(document.Page.MarginTop), "in the top margin");
        }
    }

    [Test]
    public void Page_breaks_in_both_syntaxes_start_new_pages()
    {
        var document = LayoutTest.ForMarkdown("One\n\n\\pagebreak\n\nTwo\n\n:::page-break\n:::\n\nThree\n").Layout();

        Assert.That(document.Pages.Select(p => p.ContentText()), Is.EqualTo(new[] { "One", "Two", "Three" }));
    }

    [Test]
    public void A_keep_together_block_moves_to_the_next_page_whole()
    {
        const string Kept = "Kept A.\n\nKept B.\n\nKept C.\n\nKept D.\n\nKept E.\n";
        static string Filler(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"Filler {i}.\n\n"));
        static int PagesWithKept(LayoutDocument document) => document.Pages.Count(p => p.ContentText().Contains("Kept", StringComparison.Ordinal));

        // The amount of filler after which the loose paragraphs straddle a page break.
        var count = Enumerable.Range(20, 30).First(n => PagesWithKept(LayoutTest.ForMarkdown(Filler(n) + Kept).Layout()) == 2);
        var together = LayoutTest.ForMarkdown(Filler(count) + ":::keep-together\n" + Kept + ":::\n").Layout();

        Assert.That(PagesWithKept(together), Is.EqualTo(1));
        var page = together.Pages.Single(p => p.ContentText().Contains("Kept", StringComparison.Ordinal));
        Assert.That(page.Texts().Count(t => t.Text.StartsWith("Kept", StringComparison.Ordinal)), Is.EqualTo(5));
        Assert.That(page.Number, Is.EqualTo(2));
    }

    [Test]
    public void Task_list_items_get_vector_checkboxes_ticked_when_checked()
    {
        var document = LayoutTest.ForMarkdown("- [x] Done item\n- [ ] Open item\n").Layout();
        var page = document.Pages[0];
        var boxes = page.Items.OfType<BoxItem>().ToList();
        var done = page.Texts().Single(t => t.Text == "Done item");
        var open = page.Texts().Single(t => t.Text == "Open item");

        Assert.That(boxes, Has.Count.EqualTo(2));
        Assert.That(boxes.All(b => b.X + b.Width < done.X && b.Fill is null && b.Thickness > 0), Is.True, "boxes are outlined squares left of the text");
        Assert.That(page.Items.OfType<RuleItem>().Count(r => r.Y1 < done.Baseline + 1 && r.Y1 > done.Baseline - 10), Is.EqualTo(2), "a two-stroke tick in the checked box");
        Assert.That(page.Items.OfType<RuleItem>().Count(r => r.Y1 < open.Baseline + 1 && r.Y1 > open.Baseline - 10), Is.Zero, "the open box is empty");
        Assert.That(page.ContentText(), Does.Not.Contain("[x]").And.Not.Contain("[ ]"));
    }

    [Test]
    public void Lists_nest_and_number()
    {
        var document = LayoutTest.ForMarkdown("- Outer\n  - Inner\n    1. Deep one\n    2. Deep two\n\n3. Three\n4. Four\n").Layout();
        var texts = document.Pages[0].Texts().ToList();
        double X(string text) => texts.Single(t => t.Text == text).X;

        Assert.That(X("Inner"), Is.GreaterThan(X("Outer")));
        Assert.That(X("Deep one"), Is.GreaterThan(X("Inner")));
        Assert.That(texts.Select(t => t.Text), Does.Contain("1.").And.Contain("2.").And.Contain("3.").And.Contain("4.").And.Contain("\u2022"));
    }

    [Test]
    public void Every_word_of_the_fixture_is_laid_out()
    {
        var document = LayoutTest.ForFixture("long-synthetic.md").Layout();
        var text = document.AllContentText();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Zoë Łukasiewicz"));
            Assert.That(text, Does.Contain("“quotes”"));
            Assert.That(text, Does.Contain("Denial reason as written"));
            Assert.That(text, Does.Contain("Payer policy citation"));
            Assert.That(text, Does.Contain("Sincerely,"));
            Assert.That(text, Does.Contain("the payer portal"));
            Assert.That(text, Does.Contain("(row 70)"));
        });
    }

    [Test]
    public void A4_pages_have_the_a4_size_and_keep_text_inside_their_margins()
    {
        var document = LayoutTest.ForFixture("long-synthetic.md").OnPage(PageSetup.A4).WithFurniture().Layout();

        Assert.That(document.Page.Width, Is.EqualTo(595.28).Within(0.01));
        foreach (var text in document.Pages.SelectMany(p => p.Texts()))
        {
            Assert.That(text.X + text.Width, Is.LessThanOrEqualTo(document.Page.Width - document.Page.MarginRight + Tolerance));
            Assert.That(text.Bottom(), Is.LessThanOrEqualTo(document.Page.ContentBottom + Tolerance));
        }
    }
}

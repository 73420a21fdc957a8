using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;

namespace PreAuthKit.Tests.Layout;

public class LineBreakerTests
{
    [Test]
    public void Lines_break_at_spaces_and_never_exceed_the_width()
    {
        using var measurer = new TextMeasurer();
        var text = string.Join(' ', Enumerable.Repeat("collagen induction therapy", 20));
        var lines = LineBreaker.Break([new InlineRun(text, TextStyle.Body)], 200, measurer);

        Assert.That(lines, Has.Count.GreaterThan(5));
        Assert.That(lines.All(l => l.Segments.Sum(s => s.Width) <= 200.01), Is.True);
        Assert.That(string.Join(" ", lines.Select(l => string.Concat(l.Segments.Select(s => s.Text)))), Is.EqualTo(text));
    }

    [Test]
    public void A_line_may_break_after_a_hyphen()
    {
        using var measurer = new TextMeasurer();
        var word = "non-steroidal-anti-inflammatory-treatment-regimen";
        var width = measurer.Width("non-steroidal-anti-", TextStyle.Body) + 1;
        var lines = LineBreaker.Break([new InlineRun(word, TextStyle.Body)], width, measurer);

        Assert.That(lines[0].Segments[0].Text, Is.EqualTo("non-steroidal-anti-"));
        Assert.That(string.Concat(lines.SelectMany(l => l.Segments).Select(s => s.Text)), Is.EqualTo(word));
    }

    [Test]
    public void A_word_longer_than_the_line_is_split()
    {
        using var measurer = new TextMeasurer();
        var token = new string('x', 300);
        var lines = LineBreaker.Break([new InlineRun("Token: " + token, TextStyle.Body)], 150, measurer);

        Assert.That(lines.Count, Is.GreaterThan(5));
        Assert.That(lines.All(l => l.Segments.Sum(s => s.Width) <= 150.01), Is.True);
        Assert.That(string.Concat(lines.SelectMany(l => l.Segments).Select(s => s.Text)).Replace("Token:", "", StringComparison.Ordinal).Trim(), Is.EqualTo(token));
    }

    [Test]
    public void A_word_split_across_runs_never_breaks_where_the_runs_meet()
    {
        // Markdown escapes split "010-2000" into the runs "... 010", "-", "2000"; the line may break before
        // "010" or after the hyphen, never between "010" and "-".
        using var measurer = new TextMeasurer();
        var runs = new[] { new InlineRun("phone (555) 010", TextStyle.Body), new InlineRun("-", TextStyle.Body), new InlineRun("2000", TextStyle.Body) };
        var upToHyphen = measurer.Width("phone (555) 010-", TextStyle.Body);

        for (var width = upToHyphen - 20; width < upToHyphen + 20; width += 1)
        {
            var lines = LineBreaker.Break(runs, width, measurer).Select(l => string.Concat(l.Segments.Select(s => s.Text))).ToList();

            Assert.That(lines, Has.None.EndsWith("010"), $"width {width}: {string.Join(" / ", lines)}");
            Assert.That(lines, Has.None.StartsWith("-"), $"width {width}: {string.Join(" / ", lines)}");
        }
    }

    [Test]
    public void Differently_styled_pieces_of_one_word_stay_together()
    {
        using var measurer = new TextMeasurer();
        var runs = new[] { new InlineRun("aaaa bbbb ", TextStyle.Body), new InlineRun("bold", TextStyle.Body.WithBold()), new InlineRun("tail", TextStyle.Body) };
        var width = measurer.Width("aaaa bbbb bold", TextStyle.Body);

        var lines = LineBreaker.Break(runs, width, measurer).Select(l => string.Concat(l.Segments.Select(s => s.Text))).ToList();

        Assert.That(lines, Is.EqualTo(new[] { "aaaa bbbb", "boldtail" }));
    }
}

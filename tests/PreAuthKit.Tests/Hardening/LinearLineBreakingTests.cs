using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// Issue 11, hangs: a word with no break opportunity is split at character boundaries in one
/// pass. On the old main each line's share was found by a binary search over fresh substrings of
/// the rest of the word (quadratic: 300,000 characters took 14 s; these inputs did not finish).
/// No timing is asserted: a regression shows as a test run that does not end.
/// </summary>
public class LinearLineBreakingTests
{
    [Test]
    public void A_ten_million_character_word_breaks_at_character_boundaries_and_loses_nothing()
    {
        using var measurer = new TextMeasurer();
        var word = string.Create(10_000_000, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i % 26));
            }
        });

        var lines = LineBreaker.Break([new InlineRun(word, TextStyle.Body)], 468, measurer);

        Assert.That(lines, Has.Count.GreaterThan(50_000));
        Assert.That(lines.All(l => l.Segments.Sum(s => s.Width) <= 468.01), Is.True, "no line is wider than the column");
        Assert.That(string.Concat(lines.SelectMany(l => l.Segments).Select(s => s.Text)), Is.EqualTo(word), "every character, in order");
    }

    [Test]
    public void A_long_word_never_splits_a_surrogate_pair()
    {
        using var measurer = new TextMeasurer();
        var word = string.Concat(Enumerable.Repeat("a\U0001F600", 2_000));

        var lines = LineBreaker.Break([new InlineRun(word, TextStyle.Body)], 100, measurer);

        Assert.That(lines.SelectMany(l => l.Segments).Select(s => s.Text), Has.None.Matches<string>(t => t != null && (char.IsHighSurrogate(t[^1]) || char.IsLowSurrogate(t[0]))));
        Assert.That(string.Concat(lines.SelectMany(l => l.Segments).Select(s => s.Text)), Is.EqualTo(word));
    }

    [Test]
    public void A_long_word_after_other_words_fills_the_line_then_continues()
    {
        using var measurer = new TextMeasurer();
        var word = new string('m', 5_000);

        var lines = LineBreaker.Break([new InlineRun("Name: " + word + " end", TextStyle.Body)], 200, measurer);

        Assert.That(string.Join(" ", lines.Select(l => string.Concat(l.Segments.Select(s => s.Text)))).Replace(" ", "", StringComparison.Ordinal),
            Is.EqualTo("Name:" + word + "end"));
        Assert.That(lines[^1].Segments[^1].Text, Does.EndWith("end"));
    }

    [Test]
    public void A_column_narrower_than_one_character_still_makes_progress()
    {
        using var measurer = new TextMeasurer();

        var lines = LineBreaker.Break([new InlineRun("WWWW", TextStyle.Body)], 1, measurer);

        Assert.That(lines.Select(l => string.Concat(l.Segments.Select(s => s.Text))), Is.EqualTo(new[] { "W", "W", "W", "W" }));
    }
}

using PreAuthKit.Layout;
using PreAuthKit.Layout.Blocks;

namespace PreAuthKit.Tests.Layout;

/// <summary>Phone numbers, codes, claim numbers and citations never break across lines; ordinary hyphenated words still may.</summary>
public class UnbreakableTokenTests
{
    [TestCase("Fax the appeal to (555) 010-2001 today", "(555) 010-2001")]
    [TestCase("Direct line (555) 010-2000 ext. 214 for the physician", "(555) 010-2000")]
    [TestCase("The denial code CO-197 was applied to claim CLM-2026-0093315 last month", "CLM-2026-0093315")]
    [TestCase("Under 29 CFR 2560.503-1(h)(2)(iii) the claimant may ask", "2560.503-1(h)(2)(iii)")]
    public void The_token_stays_on_one_line_at_every_width(string text, string token)
    {
        using var measurer = new TextMeasurer();
        var tokenWidth = measurer.Width(token, TextStyle.Body);
        for (var width = tokenWidth + 2; width < measurer.Width(text, TextStyle.Body) + 20; width += 3)
        {
            var lines = LineBreaker.Break([new InlineRun(text, TextStyle.Body)], width, measurer)
                .Select(l => string.Concat(l.Segments.Select(s => s.Text)))
                .ToList();

            Assert.That(lines, Has.Some.Contains(token), $"width {width}: {string.Join(" | ", lines)}");
            Assert.That(string.Join(" ", lines), Is.EqualTo(text));
        }
    }

    [Test]
    public void A_phone_number_split_into_runs_by_markdown_escapes_stays_whole()
    {
        using var measurer = new TextMeasurer();
        InlineRun[] runs = [new("Contact: Casey Coordinator, prior authorization desk, phone ", TextStyle.Body), new("(555", TextStyle.Body), new(") 010-2000", TextStyle.Body)];
        var width = measurer.Width("Contact: Casey Coordinator, prior authorization desk, phone (555)", TextStyle.Body) + 1;

        var lines = LineBreaker.Break(runs, width, measurer).Select(l => string.Concat(l.Segments.Select(s => s.Text))).ToList();

        Assert.That(lines, Has.Some.Contains("(555) 010-2000"), string.Join(" | ", lines));
    }

    [Test]
    public void A_hyphen_before_a_letter_is_still_a_break_opportunity()
    {
        Assert.That(LineBreaker.Tokenize("non-steroidal CO-50 (555) 010-2000"), Is.EqualTo(new[] { "non-", "steroidal", " ", "CO-50", " ", "(555) 010-2000" }));
    }
}

using PreAuthKit.Layout.Blocks;

namespace PreAuthKit.Layout;

/// <summary>
/// Greedy line breaking of styled runs: breaks at spaces and after hyphens; a word longer than
/// the line is split across lines at character boundaries rather than overflowing. Linear in the
/// length of the text: every character is measured a bounded number of times.
/// </summary>
internal static class LineBreaker
{
    /// <summary>The ascender of the Liberation faces as a share of the font size.</summary>
    public const double AscentRatio = 0.905;

    /// <summary>One piece of a line: text in one style, with its x offset from the line start.</summary>
    internal readonly record struct Segment(double Offset, string Text, TextStyle Style, double Width);

    /// <summary>A broken line: its segments and the tallest style's line height.</summary>
    internal sealed record Line(IReadOnlyList<Segment> Segments, double Height, double Ascent);

    public static IReadOnlyList<Line> Break(IReadOnlyList<InlineRun> runs, double width, TextMeasurer measurer)
    {
        var lines = new List<Line>();
        var current = new List<Segment>();
        double x = 0;
        var pendingSpace = default(Segment?);

        void FlushLine()
        {
            if (current.Count == 0 && lines.Count > 0)
            {
                return;
            }

            var height = current.Count == 0 ? TextStyle.Body.LineHeight : current.Max(s => s.Style.LineHeight);
            var ascent = current.Count == 0 ? TextStyle.Body.Size * AscentRatio : current.Max(s => s.Style.Size * AscentRatio);
            lines.Add(new Line(Merge(current), height, ascent));
            current = [];
            x = 0;
            pendingSpace = null;
        }

        void Place(string text, TextStyle style, double textWidth)
        {
            current.Add(new Segment(x, text, style, textWidth));
            x += textWidth;
        }

        foreach (var token in Words(runs))
        {
            switch (token.Kind)
            {
                case TokenKind.Newline:
                    if (current.Count == 0)
                    {
                        lines.Add(new Line([], token.Style.LineHeight, token.Style.Size * AscentRatio));
                    }
                    else
                    {
                        FlushLine();
                    }

                    continue;
                case TokenKind.Space:
                    if (current.Count > 0)
                    {
                        pendingSpace = new Segment(x, " ", token.Style, measurer.Width(" ", token.Style));
                    }

                    continue;
            }

            // A word may span several runs (e.g. "010" "-" "2000" after Markdown escapes): it breaks only
            // at spaces and after hyphens, never where one run ends and the next begins.
            var wordWidth = 0.0;
            foreach (var piece in token.Pieces)
            {
                wordWidth += measurer.Width(piece.Text, piece.Style);
            }

            var spaceWidth = pendingSpace?.Width ?? 0;
            if (current.Count > 0 && x + spaceWidth + wordWidth > width)
            {
                FlushLine();
            }

            if (pendingSpace is { } space && current.Count > 0)
            {
                current.Add(space with { Offset = x });
                x += space.Width;
            }

            pendingSpace = null;
            if (wordWidth <= width - x)
            {
                foreach (var piece in token.Pieces)
                {
                    Place(piece.Text, piece.Style, measurer.Width(piece.Text, piece.Style));
                }

                continue;
            }

            // A word longer than the whole line: split it at character boundaries (never inside a
            // surrogate pair). Each line's share is measured once, character by character, and the
            // word is walked by offset, so the cost is linear in the word's length.
            foreach (var piece in token.Pieces)
            {
                var text = piece.Text;
                var start = 0;
                while (start < text.Length)
                {
                    var take = FitPrefix(text, start, width - x, piece.Style, measurer);
                    if (take == 0)
                    {
                        if (current.Count == 0)
                        {
                            take = CharLength(text, start);
                        }
                        else
                        {
                            FlushLine();
                            continue;
                        }
                    }

                    var part = text.Substring(start, take);
                    Place(part, piece.Style, measurer.Width(part, piece.Style));
                    start += take;
                    if (start < text.Length)
                    {
                        FlushLine();
                    }
                }
            }
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            FlushLine();
        }

        return lines;
    }

    /// <summary>What the breaker places: a word (one or more styled pieces with no break between them), a space or a hard line break.</summary>
    private enum TokenKind
    {
        Word,
        Space,
        Newline,
    }

    private readonly record struct Piece(string Text, TextStyle Style);

    private sealed record Token(TokenKind Kind, TextStyle Style, List<Piece> Pieces);

    /// <summary>Joins the runs' tokens into words: pieces of adjacent runs with no space between them form one word.</summary>
    private static List<Token> Words(IReadOnlyList<InlineRun> runs)
    {
        var tokens = new List<Token>();
        var glue = false;
        foreach (var run in SameStyleJoined(runs))
        {
            foreach (var text in Tokenize(run.Text))
            {
                if (text is "\n" or " ")
                {
                    tokens.Add(new Token(text == " " ? TokenKind.Space : TokenKind.Newline, run.Style, []));
                    glue = false;
                    continue;
                }

                if (glue && tokens.Count > 0 && tokens[^1].Kind == TokenKind.Word)
                {
                    tokens[^1].Pieces.Add(new Piece(text, run.Style));
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Word, run.Style, [new Piece(text, run.Style)]));
                }

                // A hyphen that ends a word (not a lone leading one) is a break opportunity.
                var pieces = tokens[^1].Pieces;
                var endsWithHyphen = text[^1] is '-' or '\u2010' or '\u2013';
                glue = !(endsWithHyphen && (text.Length > 1 || pieces.Count > 1));
            }
        }

        return tokens;
    }

    /// <summary>How many characters of <paramref name="text"/> from <paramref name="start"/> fit in <paramref name="available"/> points (whole surrogate pairs only).</summary>
    private static int FitPrefix(string text, int start, double available, TextStyle style, TextMeasurer measurer)
    {
        double used = 0;
        var i = start;
        while (i < text.Length)
        {
            var length = CharLength(text, i);
            var width = measurer.Width(text.AsSpan(i, length), style);
            if (used + width > available)
            {
                break;
            }

            used += width;
            i += length;
        }

        return i - start;
    }

    /// <summary>1, or 2 for a surrogate pair starting at <paramref name="index"/>.</summary>
    private static int CharLength(string text, int index)
        => char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    /// <summary>
    /// Splits text into words, single spaces and newlines; a hyphen ends a word so a line may break
    /// after it, except before a digit (phone numbers <c>010-2000</c>, codes <c>CO-197</c>, claim numbers,
    /// citations <c>2560.503-1</c> never break), and the space after a phone number's area code
    /// (<c>(555) 010-2000</c>) and the space between the label <c>NPI</c> and its number do not separate
    /// words (an NPI is what a reviewer searches for; it must not wrap away from its label).
    /// </summary>
    internal static IEnumerable<string> Tokenize(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && (IsAfterAreaCode(text, start, i) || IsAfterNpiLabel(text, start, i)))
            {
                continue;
            }

            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return c == '\n' ? "\n" : " ";
                start = i + 1;
            }
            else if (c is '-' or '\u2010' or '\u2013' && i > start && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && !char.IsAsciiDigit(text[i + 1]))
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>
    /// Neighbouring runs of one style as one run: Markdown escapes split a phone number such as
    /// <c>\(555\) 010-2000</c> into several runs, and the no-break rules must see it whole.
    /// </summary>
    private static List<InlineRun> SameStyleJoined(IReadOnlyList<InlineRun> runs)
    {
        var joined = new List<InlineRun>(runs.Count);
        foreach (var run in runs)
        {
            if (joined.Count > 0 && joined[^1].Style == run.Style)
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text + run.Text };
            }
            else
            {
                joined.Add(run);
            }
        }

        return joined;
    }

    /// <summary>The space at <paramref name="index"/> follows "(ddd)" inside the current word and precedes a digit.</summary>
    private static bool IsAfterNpiLabel(string text, int wordStart, int index)
        => index - wordStart == 3 && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1])
            && string.CompareOrdinal(text, wordStart, "NPI", 0, 3) == 0;

    private static bool IsAfterAreaCode(string text, int wordStart, int index)
        => index - wordStart >= 5 && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1])
            && text[index - 1] == ')' && text[index - 5] == '(' && char.IsAsciiDigit(text[index - 4]) && char.IsAsciiDigit(text[index - 3]) && char.IsAsciiDigit(text[index - 2]);

    /// <summary>Joins neighbouring segments of one style into one (one string per run of a style) and drops trailing spaces.</summary>
    private static List<Segment> Merge(List<Segment> segments)
    {
        var merged = new List<Segment>(2);
        var start = 0;
        while (start < segments.Count)
        {
            var end = start + 1;
            while (end < segments.Count && segments[end].Style == segments[start].Style)
            {
                end++;
            }

            var last = segments[end - 1];
            var text = end - start == 1 ? segments[start].Text : Join(segments, start, end);
            merged.Add(new Segment(segments[start].Offset, text, segments[start].Style, last.Offset + last.Width - segments[start].Offset));
            start = end;
        }

        // Trailing spaces carry no ink.
        if (merged.Count > 0 && merged[^1].Text.EndsWith(' '))
        {
            var tail = merged[^1];
            merged[^1] = tail with { Text = tail.Text.TrimEnd(' ') };
        }

        return merged;
    }

    private static string Join(List<Segment> segments, int start, int end)
    {
        var length = 0;
        for (var i = start; i < end; i++)
        {
            length += segments[i].Text.Length;
        }

        return string.Create(length, (segments, start, end), static (span, state) =>
        {
            var at = 0;
            for (var i = state.start; i < state.end; i++)
            {
                var text = state.segments[i].Text;
                text.AsSpan().CopyTo(span[at..]);
                at += text.Length;
            }
        });
    }
}

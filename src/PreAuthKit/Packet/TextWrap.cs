using PreAuthKit.Layout;

namespace PreAuthKit.Packet;

/// <summary>Greedy word wrap for the packet's own short texts (index titles, the cover notice).</summary>
internal static class TextWrap
{
    /// <summary>The lines of <paramref name="text"/> at most <paramref name="width"/> wide; a word wider than the line is broken by characters.</summary>
    public static List<string> Lines(string text, double width, TextStyle style, TextMeasurer measurer)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (measurer.Width(candidate, style) <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (measurer.Width(current, style) > width && current.Length > 1)
            {
                var take = current.Length - 1;
                while (take > 1 && measurer.Width(current.AsSpan(0, take), style) > width)
                {
                    take--;
                }

                lines.Add(current[..take]);
                current = current[take..];
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}

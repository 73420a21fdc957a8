using System.Text;

namespace PreAuthKit.ViewModels;

/// <summary>
/// Escapes case data for Markdown so it prints literally: every ASCII punctuation character
/// that Markdown could read as structure is backslash-escaped and line breaks become spaces.
/// A value can therefore never add a heading, a table cell, a link, emphasis, HTML or (being
/// trimmed) an indented code block.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_{}[]()<>#+-.!|~\"'&:;=$%^@?/,";

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // Leading and trailing whitespace carries no content, and four leading spaces after a list
        // marker or at a line start would turn the value into an indented code block (found by FuzzTests).
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\r' or '\n' or '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsControl(c))
            {
                continue;
            }
            else if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}

using System.Globalization;
using System.Text;

namespace PreAuthKit.Sample.Output;

/// <summary>
/// Makes a name (a file name, a folder argument) safe to print on a terminal or in a log line:
/// control characters (escape sequences, newlines, carriage returns, C1 controls), bidirectional
/// overrides and line separators are shown as visible <c>\xNN</c> / <c>\uNNNN</c> escapes, so a
/// file name can neither move the cursor, recolour the terminal nor forge a second log line.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unsafeChar = char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
                || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
                || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])));
            if (unsafeChar)
            {
                copy ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                copy.Append(c <= '\u00FF'
                    ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}")
                    : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            }
            else
            {
                copy?.Append(c);
            }
        }

        return copy?.ToString() ?? text;
    }
}

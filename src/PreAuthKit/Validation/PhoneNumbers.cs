namespace PreAuthKit.Validation;

/// <summary>US (NANP) phone and fax numbers: formatting is dropped and an optional leading 1 removed, leaving ten digits.</summary>
internal static class PhoneNumbers
{
    /// <summary>
    /// Normalises <paramref name="text"/> to ten digits (area code first digit 2 to 9). Spaces,
    /// dots, dashes, parentheses and a leading <c>+1</c> or <c>1</c> are allowed; anything else
    /// (letters, extensions, too few or too many digits) is rejected.
    /// </summary>
    public static bool TryNormalize(string? text, out string digits)
    {
        digits = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var buffer = new System.Text.StringBuilder(11);
        var trimmed = text.Trim();
        if (trimmed.StartsWith('+'))
        {
            trimmed = trimmed[1..];
        }

        foreach (var ch in trimmed)
        {
            if (char.IsAsciiDigit(ch))
            {
                buffer.Append(ch);
            }
            else if (ch is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        var all = buffer.ToString();
        if (all.Length == 11 && all[0] == '1')
        {
            all = all[1..];
        }

        if (all.Length != 10 || all[0] is '0' or '1')
        {
            return false;
        }

        digits = all;
        return true;
    }

    /// <summary>
    /// Like <see cref="TryNormalize"/>, but accepts an extension after the number, as standard
    /// prior-authorization forms do (<c>(555) 010-2000 ext. 214</c>, <c>x214</c>, <c>extension 214</c>;
    /// one to six digits). Fax numbers have no extensions: use <see cref="TryNormalize"/> for them.
    /// </summary>
    public static bool TryNormalizeWithExtension(string? text, out string digits, out string extension)
    {
        extension = "";
        digits = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var lower = trimmed.ToLowerInvariant();
        foreach (var marker in (string[])["extension", "ext.", "ext", "x", "#"])
        {
            var at = lower.LastIndexOf(marker, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var rest = trimmed[(at + marker.Length)..].Trim();
            if (rest.Length is >= 1 and <= 6 && rest.All(char.IsAsciiDigit))
            {
                var number = trimmed[..at].TrimEnd(' ', ',', ';');
                if (TryNormalize(number, out digits))
                {
                    extension = rest;
                    return true;
                }
            }

            return false;
        }

        return TryNormalize(trimmed, out digits);
    }

    /// <summary>The display form <c>(555) 010-2000</c> of a normalised number.</summary>
    public static string Format(string digits) => digits.Length == 10 ? $"({digits[..3]}) {digits[3..6]}-{digits[6..]}" : digits;
}

using System.Text.RegularExpressions;

namespace PreAuthKit.Codes;

/// <summary>The shape of an ICD-10-CM code: letter, digit, alphanumeric, then optionally a dot and up to four alphanumerics.</summary>
internal static partial class Icd10CmFormat
{
    /// <summary>True when <paramref name="code"/> is shaped like an ICD-10-CM code (dot optional, case-insensitive).</summary>
    public static bool IsWellFormed(string? code) => code is not null && Shape().IsMatch(code.Trim());

    /// <summary>Upper case, trimmed, without the dot: the form the code table uses (<c>l90.5</c> -> <c>L905</c>).</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>The dotted form: a dot after the third character of codes longer than three (<c>T23302S</c> -> <c>T23.302S</c>).</summary>
    public static string Dotted(string code)
    {
        var key = Normalize(code);
        return key.Length > 3 ? key[..3] + "." + key[3..] : key;
    }

    [GeneratedRegex(@"^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

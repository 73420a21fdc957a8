using System.Globalization;
using System.Text.RegularExpressions;

namespace PreAuthKit.Pdf;

/// <summary>
/// Corrects the three font-descriptor values PDFsharp 6.2.4 gets wrong (ISO 32000-1 9.8.1, Table 122):
/// <list type="bullet">
/// <item><c>/Descent</c> is written positive (212); it is the distance below the baseline and must be negative.</item>
/// <item><c>/Flags</c> is 32 (Nonsymbolic) for every face; the italic faces need bit 7 (Italic, 64), the
/// serif faces bit 2 (Serif, 2) and Liberation Mono bit 1 (FixedPitch, 1) (Table 123).</item>
/// <item><c>/StemV</c> is 0; it is estimated from the weight the way Acrobat's font tools do,
/// 50 + (weight / 65)², so 88 for the regular (400) and 166 for the bold (700) faces.</item>
/// </list>
/// The face comes from the descriptor's <c>/FontName</c> (PDFsharp appends ",Bold", ",Italic", ",BoldItalic").
/// </summary>
internal static partial class FontDescriptorFix
{
    public static string Apply(string dictionary)
    {
        var name = FontName().Match(dictionary).Groups[1].Value;
        var italic = name.Contains("Italic", StringComparison.Ordinal) || ItalicAngle().Match(dictionary) is { Success: true } m && m.Groups[1].Value != "0";
        var bold = name.Contains("Bold", StringComparison.Ordinal);
        var flags = 32;
        if (italic)
        {
            flags |= 64;
        }

        if (name.Contains("Serif", StringComparison.Ordinal))
        {
            flags |= 2;
        }

        if (name.Contains("Mono", StringComparison.Ordinal))
        {
            flags |= 1;
        }

        var weight = bold ? 700.0 : 400.0;
        var stemV = (int)Math.Round(50 + Math.Pow(weight / 65, 2));
        dictionary = Descent().Replace(dictionary, d => "/Descent " + (-Math.Abs(int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture))).ToString(CultureInfo.InvariantCulture));
        dictionary = Flags().Replace(dictionary, "/Flags " + flags.ToString(CultureInfo.InvariantCulture));
        dictionary = StemV().Replace(dictionary, "/StemV " + stemV.ToString(CultureInfo.InvariantCulture));
        return dictionary;
    }

    [GeneratedRegex(@"/FontName\s*/([^/\s>\[]+)")]
    private static partial Regex FontName();

    [GeneratedRegex(@"/ItalicAngle\s+(-?[\d.]+)")]
    private static partial Regex ItalicAngle();

    [GeneratedRegex(@"/Descent\s+(-?\d+)")]
    private static partial Regex Descent();

    [GeneratedRegex(@"/Flags\s+(\d+)")]
    private static partial Regex Flags();

    [GeneratedRegex(@"/StemV\s+(\d+)")]
    private static partial Regex StemV();
}

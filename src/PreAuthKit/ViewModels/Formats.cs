using System.Globalization;

namespace PreAuthKit.ViewModels;

/// <summary>How dates and codes print in letters (US conventions, invariant culture).</summary>
internal static class Formats
{
    public static string Date(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>ICD-10-CM code in its dotted form (<c>L905</c> becomes <c>L90.5</c>).</summary>
    public static string Icd10(string code)
    {
        var compact = code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return compact.Length > 3 ? $"{compact[..3]}.{compact[3..]}" : compact;
    }
}

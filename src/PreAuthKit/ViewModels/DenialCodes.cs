using System.Globalization;
using System.Text.RegularExpressions;

namespace PreAuthKit.ViewModels;

/// <summary>
/// Reads a claim adjustment reason code as written on a remittance or denial notice (<c>CO-50</c>,
/// <c>PR 96</c>, <c>197</c>) and derives the denial category. Descriptions are our own short
/// wording; the official list is licensed.
/// </summary>
internal static partial class DenialCodes
{
    /// <summary>The category of a denial code; unreadable or unknown codes are <see cref="DenialCategory.Other"/>.</summary>
    public static DenialCategory Categorize(string? code) => ReasonNumber(code) switch
    {
        50 => DenialCategory.MedicalNecessity,
        197 => DenialCategory.AuthorizationAbsent,
        198 => DenialCategory.AuthorizationExceeded,
        55 or 56 => DenialCategory.ExperimentalOrUnproven,
        96 => DenialCategory.NonCovered,
        _ => DenialCategory.Other,
    };

    /// <summary>The code in its usual printed form: group code, hyphen, reason number (<c>CO-50</c>); unreadable codes print as given.</summary>
    public static string Format(string? code)
    {
        var match = CodePattern().Match(code ?? "");
        if (!match.Success)
        {
            return (code ?? "").Trim();
        }

        var group = match.Groups["group"].Value.ToUpperInvariant();
        var number = match.Groups["number"].Value.TrimStart('0');
        return group.Length == 0 ? number : $"{group}-{number}";
    }

    /// <summary>Our own short description of the reason code, or empty when unknown.</summary>
    public static string Describe(string? code) => ReasonNumber(code) switch
    {
        50 => "service judged not medically necessary",
        55 => "service considered experimental or investigational",
        56 => "service considered not proven effective",
        96 => "charge considered not covered",
        197 => "precertification or authorization absent",
        198 => "precertification or authorization exceeded",
        _ => "",
    };

    /// <summary>The category's key as the templates see it.</summary>
    public static string Key(DenialCategory category) => category switch
    {
        DenialCategory.MedicalNecessity => "medical-necessity",
        DenialCategory.AuthorizationAbsent => "authorization-absent",
        DenialCategory.AuthorizationExceeded => "authorization-exceeded",
        DenialCategory.ExperimentalOrUnproven => "experimental-or-unproven",
        DenialCategory.NonCovered => "non-covered",
        _ => "other",
    };

    private static int? ReasonNumber(string? code)
    {
        var match = CodePattern().Match(code ?? "");
        return match.Success && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    [GeneratedRegex(@"^\s*(?:(?<group>CO|PR|OA|PI|CR)\s*[-\s]?\s*)?(?<number>\d{1,4})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CodePattern();
}

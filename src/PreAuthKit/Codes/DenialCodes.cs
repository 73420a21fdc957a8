using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PreAuthKit.Codes;

/// <summary>
/// Claim adjustment reason codes (CARC) seen on denials of skin procedures, with short
/// descriptions written for PreAuthKit (the official wording is licensed), and the group codes.
/// </summary>
internal static partial class DenialCodes
{
    /// <summary>Group codes: contractual obligation, patient responsibility, other adjustment, payer-initiated reduction, correction or reversal.</summary>
    public static FrozenSet<string> Groups { get; } = FrozenSet.Create(StringComparer.Ordinal, "CO", "PR", "OA", "PI", "CR");

    /// <summary>Reason codes with our short descriptions.</summary>
    public static FrozenDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["4"] = "the procedure code is inconsistent with the modifier, or a modifier is missing",
        ["11"] = "the diagnosis is inconsistent with the procedure",
        ["15"] = "the authorization number is missing, invalid or does not apply",
        ["16"] = "the claim lacks information or has submission or billing errors",
        ["18"] = "duplicate claim or service",
        ["27"] = "expenses incurred after coverage ended",
        ["29"] = "the time limit for filing has expired",
        ["45"] = "the charge exceeds the fee schedule or maximum allowable amount",
        ["50"] = "service judged not medically necessary",
        ["55"] = "service considered experimental or investigational",
        ["56"] = "service considered not proven effective",
        ["96"] = "charge considered not covered",
        ["97"] = "the benefit is included in the payment for another service",
        ["167"] = "the diagnosis is not covered",
        ["197"] = "precertification or authorization absent",
        ["198"] = "precertification or authorization exceeded",
        ["204"] = "the service is not covered under the patient's current benefit plan",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Parses <c>CO-50</c>, <c>CO50</c>, <c>CO 50</c> or <c>50</c>. Returns false when the text is
    /// not shaped like a denial code or names an unknown group; an unknown reason parses with a
    /// null description.
    /// </summary>
    public static bool TryParse(string? text, out DenialCode code)
    {
        code = new DenialCode(null, "", null);
        var match = Shape().Match((text ?? "").Trim());
        if (!match.Success)
        {
            return false;
        }

        var group = match.Groups["group"].Success ? match.Groups["group"].Value.ToUpperInvariant() : null;
        if (group is not null && !Groups.Contains(group))
        {
            return false;
        }

        var reason = match.Groups["reason"].Value.ToUpperInvariant().TrimStart('0');
        code = new DenialCode(group, reason, Reasons.TryGetValue(reason, out var description) ? description : null);
        return true;
    }

    /// <summary>The category of a parsed denial code; unreadable or unknown codes are <see cref="DenialCategory.Other"/>.</summary>
    public static DenialCategory Categorize(DenialCode? code) => code?.Reason switch
    {
        "50" => DenialCategory.MedicalNecessity,
        "197" => DenialCategory.AuthorizationAbsent,
        "198" => DenialCategory.AuthorizationExceeded,
        "55" or "56" => DenialCategory.ExperimentalOrUnproven,
        "96" => DenialCategory.NonCovered,
        _ => DenialCategory.Other,
    };

    /// <summary>The category of a denial code as written.</summary>
    public static DenialCategory Categorize(string? text) => TryParse(text, out var code) ? Categorize(code) : DenialCategory.Other;

    /// <summary>The code in its usual printed form: group code, hyphen, reason (<c>CO-50</c>); unreadable codes print as given.</summary>
    public static string Format(string? text)
        => TryParse(text, out var code) ? (code.Group is null ? code.Reason : $"{code.Group}-{code.Reason}") : (text ?? "").Trim();

    /// <summary>Our own short description of the reason, or empty when unknown.</summary>
    public static string Describe(string? text) => TryParse(text, out var code) ? code.Description ?? "" : "";

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

    [GeneratedRegex(@"^((?<group>[A-Za-z]{2})[\s-]?)?(?<reason>[0-9]{1,3}|[A-Za-z][0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

using System.Text.RegularExpressions;

namespace PreAuthKit.Codes;

/// <summary>
/// Sequencing and code-use conventions of the ICD-10-CM Official Guidelines for Coding and
/// Reporting FY2026 (CMS/NCHS), judged from the code and its official title. Each member names
/// the guideline it applies; <c>docs/case-file.md</c> lists the findings built on them. Codes may
/// be given with or without the dot.
/// </summary>
internal static partial class Icd10CmConventions
{
    /// <summary>
    /// External-cause codes, chapter 20 (V00-Y99). Guidelines I.C.20.a.6: "External cause codes can
    /// never be a principal (first-listed) diagnosis."
    /// </summary>
    public static bool IsExternalCause(string code) => Key(code) is [>= 'V' and <= 'Y', ..];

    /// <summary>
    /// Manifestation codes: the official title reads "in diseases classified elsewhere" (or "in other
    /// diseases...", "in disease...", "in conditions...", "in hypersensitivity reactions classified
    /// elsewhere"). Guidelines I.A.13 (etiology/manifestation convention): such codes "are never
    /// permitted to be used as first-listed or principal diagnosis codes"; the underlying condition is
    /// sequenced first. The organism codes B95-B97 ("... as the cause of diseases classified
    /// elsewhere") and titles with "due to" or "associated with" (whose sequencing follows their
    /// "code first" notes, not this rule) do not match.
    /// </summary>
    public static bool IsManifestation(string? officialTitle) => officialTitle is not null && ManifestationTitle().IsMatch(officialTitle);

    /// <summary>
    /// A code whose 7th character is <c>S</c> (sequela). Guidelines I.B.10 and I.C.19.a: the residual
    /// condition (e.g. <c>L90.5</c> scar, <c>L91.0</c> hypertrophic scar) is sequenced first and the
    /// injury or burn code with the 7th character S after it.
    /// </summary>
    public static bool IsSequela(string code) => Key(code) is { Length: 7 } k && k[6] == 'S' && IsInjuryOrExternalCause(k);

    /// <summary>
    /// An injury, burn or external-cause code with the 7th character <c>A</c> (initial encounter),
    /// which Guidelines I.C.19.a reserve for active treatment; the late effects of an injury (a scar
    /// months or years later) take the 7th character S.
    /// </summary>
    public static bool IsInitialEncounter(string code) => Key(code) is { Length: 7 } k && k[6] == 'A' && IsInjuryOrExternalCause(k);

    /// <summary>
    /// Categories T31 and T32: the extent of body surface burned or corroded. They take no 7th
    /// character and so cannot express a sequela. Guidelines I.C.19.d.6 use them for the extent of an
    /// acute burn (burn units, mortality); I.C.19.d.7 code the late effects of burns (scars,
    /// contractures) with the site's burn code and the 7th character S instead.
    /// </summary>
    public static bool IsBurnExtent(string code) => Key(code) is { Length: >= 3 } k && k[..3] is "T31" or "T32";

    /// <summary>Burns and corrosions by site, T20-T28 and T30 (chapter 19, Guidelines I.C.19.d).</summary>
    public static bool IsBurnBySite(string code) => Key(code) is { Length: >= 3 } k && k[0] == 'T' && int.TryParse(k.AsSpan(1, 2), out var n) && n is (>= 20 and <= 28) or 30;

    /// <summary>
    /// Category Z85, personal history of malignant neoplasm. Guidelines I.C.21.c.4: history codes
    /// describe a condition that "no longer exists and is not receiving any treatment", so a Z85 code
    /// first-listed for a procedure leaves the condition being treated uncoded.
    /// </summary>
    public static bool IsPersonalHistoryOfMalignancy(string code) => Key(code).StartsWith("Z85", StringComparison.Ordinal);

    /// <summary>
    /// Code <c>L73.0</c>, whose official title is "Acne keloid" (folliculitis keloidalis nuchae): not a
    /// code for acne scarring, which is coded <c>L90.5</c> (scar conditions and fibrosis of skin; index
    /// entry Scar, acne) with the acne code when acne is still active.
    /// </summary>
    public static bool IsAcneKeloid(string code) => Key(code) == "L730";

    /// <summary>Text that speaks of acne scars ("acne scars", "acne scarring", "post-acne scars", "scarring from acne").</summary>
    public static bool MentionsAcneScars(string? text) => text is not null && AcneScarText().IsMatch(text);

    /// <summary>Chapter 19 (S00-T88: injury, poisoning, burns) or chapter 20 (V00-Y99: external causes).</summary>
    private static bool IsInjuryOrExternalCause(string key) => key[0] is 'S' or 'T' or (>= 'V' and <= 'Y');

    private static string Key(string? code) => string.IsNullOrWhiteSpace(code) ? "" : Icd10CmFormat.Normalize(code);

    [GeneratedRegex(@"\bin (?:[A-Za-z]+ ){0,4}(?:diseases?|conditions|reactions) classified elsewhere", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ManifestationTitle();

    [GeneratedRegex(@"\b(?:post[- ]?acne|acne)\W+scar|\bscar(?:s|ring|red)?\W+(?:\w+\W+){0,2}(?:from|after|due to|of|by)\W+acne\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AcneScarText();
}

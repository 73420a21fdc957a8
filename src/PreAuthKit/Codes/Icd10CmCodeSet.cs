using System.Collections.Frozen;

namespace PreAuthKit.Codes;

/// <summary>
/// The billable ICD-10-CM codes of one fiscal year with their official descriptions. Codes are
/// stored without the dot in a compact sorted table (<see cref="Icd10CmTable"/>): a lookup and
/// header detection are binary searches over it, and nothing is hashed or sorted at start-up.
/// Immutable and thread-safe.
/// </summary>
internal sealed class Icd10CmCodeSet
{
    /// <summary>WHO ICD-10 categories that ICD-10-CM does not have: sequelae are coded with the 7th character <c>S</c> instead.</summary>
    private static readonly FrozenSet<string> WhoOnlyCategories = FrozenSet.Create(StringComparer.Ordinal, "T90", "T91", "T92", "T93", "T94", "T95", "T96", "T97", "T98");

    private const int MaxSuggestions = 12;

    public Icd10CmCodeSet(int fiscalYear, Icd10CmTable codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        FiscalYear = fiscalYear;
        Codes = codes;
    }

    /// <summary>The fiscal year (October 1 of the year before to September 30).</summary>
    public int FiscalYear { get; }

    /// <summary>Billable codes (no dot) to their official long descriptions (ordinal keys, in code order).</summary>
    public Icd10CmTable Codes { get; }

    /// <summary>The number of billable codes.</summary>
    public int Count => Codes.Count;

    /// <summary>Whether <paramref name="code"/> (with or without the dot) is billable in this fiscal year.</summary>
    public bool IsBillable(string code) => Codes.ContainsKey(Icd10CmFormat.Normalize(code));

    /// <summary>The official description of a billable code, or null.</summary>
    public string? Describe(string code) => Codes.TryGetValue(Icd10CmFormat.Normalize(code), out var description) ? description : null;

    /// <summary>Classifies a code: billable, header, incomplete 7th character, WHO-only, unknown or malformed.</summary>
    public Icd10CmCheck Check(string? code)
    {
        var input = code?.Trim() ?? "";
        if (!Icd10CmFormat.IsWellFormed(input))
        {
            return new Icd10CmCheck(Icd10CmStatus.InvalidFormat, input, null, [], 0);
        }

        var key = Icd10CmFormat.Normalize(input);
        var dotted = Icd10CmFormat.Dotted(key);
        if (Codes.TryGetValue(key, out var description))
        {
            return new Icd10CmCheck(Icd10CmStatus.Billable, dotted, description, [], 0);
        }

        if (WhoOnlyCategories.Contains(key[..3]))
        {
            return new Icd10CmCheck(Icd10CmStatus.WhoOnly, dotted, null, [], 0);
        }

        // A 7-character code whose first six characters take other 7th characters.
        if (key.Length == 7 && StartingWith(key[..6]) is { Count: > 0 } siblings && siblings.All(c => c.Length == 7))
        {
            return Result(Icd10CmStatus.SeventhCharacterMissing, dotted, siblings);
        }

        var children = StartingWith(key);
        if (children.Count > 0)
        {
            // Only 7th characters (after any placeholder X) are missing when every child is the same six characters plus one.
            var status = children.All(c => c.Length == 7) && children.Select(c => c[..6]).Distinct(StringComparer.Ordinal).Count() == 1
                ? Icd10CmStatus.SeventhCharacterMissing
                : Icd10CmStatus.Header;
            return Result(status, dotted, children);
        }

        // Short codes padded with the placeholder X before the 7th character (S00.00 -> S00.00XA).
        if (key.Length is >= 4 and < 6)
        {
            var padded = StartingWith(key.PadRight(6, 'X'));
            if (padded.Count > 0 && padded.All(c => c.Length == 7))
            {
                return Result(Icd10CmStatus.SeventhCharacterMissing, dotted, padded);
            }
        }

        // A 7th character written without the placeholder X before it (T21.22S -> T21.22XS, T20.00A -> T20.00XA).
        if (PlaceholderCorrection(key) is { } corrected)
        {
            return new Icd10CmCheck(Icd10CmStatus.PlaceholderMissing, dotted, null, [Icd10CmFormat.Dotted(corrected)], 1);
        }

        return new Icd10CmCheck(Icd10CmStatus.Unknown, dotted, null, [], 0);
    }

    /// <summary>
    /// The billable code obtained by padding <paramref name="key"/> (no dot) with placeholder <c>X</c>s
    /// before its last character up to seven characters, or null. Guidelines I.A.4: "Where a
    /// placeholder exists, the X must be used in order for the code to be considered a valid code."
    /// </summary>
    private string? PlaceholderCorrection(string key)
    {
        if (key.Length is < 4 or > 6 || !char.IsAsciiLetter(key[^1]) || key[^1] == 'X')
        {
            return null;
        }

        var corrected = key[..^1].PadRight(6, 'X') + key[^1];
        return Codes.ContainsKey(corrected) ? corrected : null;
    }

    /// <summary>Billable codes (no dot) starting with <paramref name="prefix"/> and longer than it, in code order; a binary search then a scan of the range.</summary>
    public IReadOnlyList<string> StartingWith(string prefix) => Codes.LongerCodesStartingWith(prefix);

    private static Icd10CmCheck Result(Icd10CmStatus status, string dotted, IReadOnlyList<string> children)
        => new(status, dotted, null, [.. children.Take(MaxSuggestions).Select(Icd10CmFormat.Dotted)], children.Count);
}

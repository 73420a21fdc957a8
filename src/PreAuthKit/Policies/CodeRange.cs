namespace PreAuthKit.Policies;

/// <summary>
/// An inclusive ICD-10-CM code range. Codes are compared without the dot, upper case; a case code
/// is in the range when its first <c>From.Length</c> characters are at or after <see cref="From"/>
/// and its first <c>To.Length</c> characters are at or before <see cref="To"/> (so <c>T20</c>-<c>T25</c>
/// holds every code from <c>T20</c> through <c>T25.799S</c>).
/// </summary>
internal sealed record CodeRange(string From, string To)
{
    public bool Contains(string normalizedCode)
        => string.CompareOrdinal(Prefix(normalizedCode, From.Length), From) >= 0
            && string.CompareOrdinal(Prefix(normalizedCode, To.Length), To) <= 0;

    private static string Prefix(string code, int length) => code.Length <= length ? code : code[..length];
}

namespace PreAuthKit.Codes;

/// <summary>What the ICD-10-CM table says about a code.</summary>
internal enum Icd10CmStatus
{
    /// <summary>Not shaped like an ICD-10-CM code at all.</summary>
    InvalidFormat,

    /// <summary>A billable (leaf) code of the fiscal year.</summary>
    Billable,

    /// <summary>A category or subcategory header: billable codes start with it.</summary>
    Header,

    /// <summary>The code needs a 7th character (and possibly placeholder <c>X</c>s), or its 7th character is not one the code takes.</summary>
    SeventhCharacterMissing,

    /// <summary>
    /// The placeholder <c>X</c> is missing before the 7th character (<c>T21.22S</c> for <c>T21.22XS</c>,
    /// <c>T20.00A</c> for <c>T20.00XA</c>); the corrected code is the single suggestion. ICD-10-CM
    /// Official Guidelines for Coding and Reporting FY2026, section I.A.4 (placeholder character) and I.A.5 (7th characters).
    /// </summary>
    PlaceholderMissing,

    /// <summary>A WHO ICD-10 category that ICD-10-CM does not have (e.g. <c>T95</c>).</summary>
    WhoOnly,

    /// <summary>Well formed but not in the table.</summary>
    Unknown,
}

namespace PreAuthKit.Codes;

/// <summary>
/// CPT and HCPCS Level II code formats. Only codes are known here, never descriptors: CPT
/// descriptor text is licensed by the AMA, so the clinic supplies the description.
/// </summary>
internal static class ProcedureCodes
{
    /// <summary>
    /// Unlisted-procedure and not-otherwise-classified codes seen with skin procedures. Each needs a
    /// narrative description of the service. Callers extend the list through the validation options.
    /// </summary>
    public static IReadOnlyList<string> DefaultUnlistedCodes { get; } =
    [
        "17999", // unlisted procedure, skin, mucous membrane and subcutaneous tissue
        "15999", // unlisted procedure, excision of pressure ulcer
        "19499", // unlisted procedure, breast
        "20999", // unlisted procedure, musculoskeletal system
        "64999", // unlisted procedure, nervous system
        "96999", // unlisted special dermatological service or procedure
        "97799", // unlisted physical medicine or rehabilitation service
        "99199", // unlisted special service or procedure
        "J3490", // unclassified drugs
        "J3590", // unclassified biologics
    ];

    /// <summary>The kind of code by its shape (trimmed, case-insensitive).</summary>
    public static ProcedureCodeKind Classify(string? code)
    {
        var c = Normalize(code);
        if (c.Length != 5 || !c[..4].All(char.IsAsciiDigit) && !(c[0] is >= 'A' and <= 'V' && c[1..].All(char.IsAsciiDigit)))
        {
            return ProcedureCodeKind.Invalid;
        }

        if (char.IsAsciiLetter(c[0]))
        {
            return ProcedureCodeKind.Hcpcs;
        }

        return c[4] switch
        {
            >= '0' and <= '9' => ProcedureCodeKind.CptCategoryI,
            'F' => ProcedureCodeKind.CptCategoryII,
            'T' => ProcedureCodeKind.CptCategoryIII,
            _ => ProcedureCodeKind.Invalid,
        };
    }

    /// <summary>Upper case and trimmed.</summary>
    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>Modifiers are two letters or digits (e.g. <c>LT</c>, <c>59</c>, <c>XS</c>).</summary>
    public static bool IsWellFormedModifier(string? modifier)
        => modifier is { Length: 2 } && modifier.All(char.IsAsciiLetterOrDigit);
}

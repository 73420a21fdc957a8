namespace PreAuthKit.Sample.Documents;

/// <summary>Which document a command produces.</summary>
internal enum DocumentKind
{
    /// <summary>Pre-authorization request (letter of medical necessity).</summary>
    PreAuthorization,

    /// <summary>Appeal letter against a denial.</summary>
    Appeal,
}

namespace PreAuthKit.Generation;

/// <summary>The documents the pipeline renders.</summary>
internal enum DocumentKind
{
    /// <summary>Pre-authorization request (letter of medical necessity).</summary>
    PreAuthorization,

    /// <summary>Appeal letter against a denial.</summary>
    Appeal,
}

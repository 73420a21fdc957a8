namespace PreAuthKit;

/// <summary>Which letter a submission packet carries.</summary>
public enum PacketLetter
{
    /// <summary>The pre-authorization request (letter of medical necessity).</summary>
    PreAuthorization,

    /// <summary>The appeal letter (the case needs an <c>appeal</c> section).</summary>
    Appeal,
}

namespace PreAuthKit.Model;

/// <summary>
/// The authorization request the clinic filed before the service, as its own records show it.
/// An appeal of an authorization denial (CARC 197/198) is built from it: a request filed before
/// the date of service is the answer to "authorization absent".
/// </summary>
public sealed record OriginalRequest
{
    /// <summary>The date the request was sent.</summary>
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>The payer's reference, confirmation or tracking number for the request (e.g. a fax confirmation or portal number).</summary>
    public string? Reference { get; init; }

    /// <summary>How the request was sent.</summary>
    public RequestChannel? Channel { get; init; }

    /// <summary>The authorization number the payer issued, when it issued one (CARC 198: services exceeded it).</summary>
    public string? AuthorizationNumber { get; init; }

    /// <summary>Units or visits the issued authorization covers, when it limited them.</summary>
    public int? AuthorizedUnits { get; init; }
}

namespace PreAuthKit.Codes;

/// <summary>A parsed remittance denial code: group code (CO, PR, OA, PI, CR) and claim adjustment reason code.</summary>
/// <param name="Group">The group code, or null when the code was given without one.</param>
/// <param name="Reason">The claim adjustment reason code (CARC), e.g. <c>50</c>.</param>
/// <param name="Description">Our own short description of the reason; null when the reason is not in our list.</param>
internal sealed record DenialCode(string? Group, string Reason, string? Description);

namespace PreAuthKit.Codes;

/// <summary>One entry of a reviewed code list: the code (dotted), the official title it was checked against, and why it is on the list.</summary>
/// <param name="Code">The ICD-10-CM code, dotted (e.g. <c>L81.4</c>).</param>
/// <param name="OfficialTitle">The official FY2026 long title the entry was checked against.</param>
/// <param name="Reason">Why the code is on the list, in our own words.</param>
internal sealed record ReviewedCode(string Code, string OfficialTitle, string Reason);

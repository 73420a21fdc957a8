namespace PreAuthKit;

/// <summary>One item of the documentation checklist.</summary>
/// <param name="Key">Stable identifier (e.g. <c>dated-photographs</c>).</param>
/// <param name="Title">What a reviewer looks for, in words.</param>
/// <param name="Status">Present, missing or not applicable.</param>
/// <param name="Evidence">Where the evidence is (a section of the letter or an enclosure); empty when missing or not applicable.</param>
public sealed record ChecklistItem(string Key, string Title, ChecklistStatus Status, string Evidence);

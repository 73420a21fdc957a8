namespace PreAuthKit.Policies;

/// <summary>Where the letter prints a piece of evidence: the 1-based page and the heading of the section it sits under.</summary>
internal sealed record EvidenceLocation(int Page, string Section);

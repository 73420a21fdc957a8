namespace PreAuthKit.Packet;

/// <summary>The result of reading one attachment: the loaded attachment, or the findings that refuse it.</summary>
internal sealed record AttachmentOutcome(int Index, LoadedAttachment? Attachment, IReadOnlyList<ValidationFinding> Findings);

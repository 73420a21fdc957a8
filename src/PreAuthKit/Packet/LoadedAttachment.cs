namespace PreAuthKit.Packet;

/// <summary>An attachment that was read and checked: its pages, ready to be placed in a packet.</summary>
internal sealed record LoadedAttachment(int Index, string Title, DateOnly? Date, AttachmentFormat Format, long ByteCount, IReadOnlyList<AttachmentPage> Pages);

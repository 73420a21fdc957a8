namespace PreAuthKit.Packet;

/// <summary>One page an attachment contributes to the packet: <see cref="PdfAttachmentPage"/> or <see cref="ImageAttachmentPage"/>.</summary>
internal abstract record AttachmentPage;

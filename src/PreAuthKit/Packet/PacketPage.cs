namespace PreAuthKit.Packet;

/// <summary>
/// One page of the packet: its kind, its 1-based number in the whole packet, what it shows (a
/// letter or enclosure page; the n-th index page) and, for enclosures, the attachment's index.
/// </summary>
internal sealed record PacketPage(PacketPageKind Kind, int Number, AttachmentPage? Content = null, int IndexPage = 0, int AttachmentIndex = -1);

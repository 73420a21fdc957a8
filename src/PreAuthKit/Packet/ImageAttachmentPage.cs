namespace PreAuthKit.Packet;

/// <summary>An image page: an upright, metadata-free JPEG (a photo, or one page of a TIFF scan).</summary>
internal sealed record ImageAttachmentPage(PageImage Image) : AttachmentPage;

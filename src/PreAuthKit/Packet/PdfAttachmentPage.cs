namespace PreAuthKit.Packet;

/// <summary>Page <paramref name="PageNumber"/> (1-based) of a PDF attachment, with its upright size in points.</summary>
internal sealed record PdfAttachmentPage(PdfSource Source, int PageNumber, double Width, double Height) : AttachmentPage;

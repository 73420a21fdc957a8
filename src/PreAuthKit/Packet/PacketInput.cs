using PreAuthKit.Pdf;

namespace PreAuthKit.Packet;

/// <summary>
/// What a packet is composed from: the rendered letter (its PDF, which keys the packet's
/// deterministic tokens, and its layout, which the packet draws), the loaded enclosures in order,
/// the stamp and the optional cover, and whether the letter is drawn fax-friendly.
/// </summary>
internal sealed record PacketInput(
    byte[] LetterPdf,
    Layout.LayoutDocument LetterLayout,
    bool Fax,
    string LetterTitle,
    IReadOnlyList<LoadedAttachment> Enclosures,
    PacketStamp Stamp,
    FaxCover? Cover,
    PdfMetadata Metadata);

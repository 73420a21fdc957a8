using PreAuthKit.Pdf;

namespace PreAuthKit.Packet;

/// <summary>What a packet is composed from: the rendered letter, the loaded enclosures in order, the stamp and the optional cover.</summary>
internal sealed record PacketInput(
    byte[] LetterPdf,
    string LetterTitle,
    IReadOnlyList<LoadedAttachment> Enclosures,
    PacketStamp Stamp,
    FaxCover? Cover,
    PdfMetadata Metadata);

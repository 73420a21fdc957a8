namespace PreAuthKit.Packet;

/// <summary>Everything one part of a packet is drawn from.</summary>
internal sealed record PacketPartRequest(
    IReadOnlyList<PacketPage> Pages,
    int TotalPages,
    int Part,
    int Parts,
    PacketStamp Stamp,
    FaxCover? Cover,
    IReadOnlyList<List<IndexRow>> IndexPages,
    string IndexSummary,
    IReadOnlyList<(string Title, int Page, int Level)> Outline,
    Pdf.PdfMetadata Metadata,
    byte[] Seed);

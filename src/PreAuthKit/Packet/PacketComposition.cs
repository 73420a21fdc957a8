namespace PreAuthKit.Packet;

/// <summary>The composed packet: its parts and index, or the findings that refuse it.</summary>
internal sealed record PacketComposition(IReadOnlyList<PacketPart> Parts, IReadOnlyList<PacketIndexEntry> Index, int PageCount, IReadOnlyList<ValidationFinding> Findings);

namespace PreAuthKit.Packet;

/// <summary>One laid-out row of the enclosure index: the entry and its title wrapped to the column.</summary>
internal sealed record IndexRow(PacketIndexEntry Entry, IReadOnlyList<string> TitleLines);

namespace PreAuthKit.Packet;

/// <summary>What a packet page is.</summary>
internal enum PacketPageKind
{
    /// <summary>The fax cover sheet.</summary>
    Cover,

    /// <summary>A page of the letter (request or appeal).</summary>
    Letter,

    /// <summary>A page of the enclosure index.</summary>
    Index,

    /// <summary>A page of an enclosure.</summary>
    Enclosure,
}

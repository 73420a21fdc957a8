namespace PreAuthKit.Packet;

/// <summary>
/// An image page ready to place: an upright JPEG without metadata, sized for the packet page at
/// no more than 200 dpi. Identical pages share one instance key, so the packet embeds them once.
/// </summary>
internal sealed record PageImage(byte[] Jpeg, int PixelWidth, int PixelHeight, string Key);

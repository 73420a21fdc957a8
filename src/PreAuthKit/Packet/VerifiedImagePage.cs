namespace PreAuthKit.Packet;

/// <summary>
/// An image page that was verified (its header checked and its pixel data decoded) but not built
/// into a page image: what <see cref="AttachmentReading.Validate"/> reads, for <c>validate</c> and
/// the letters, which only need the findings and the page count. Never placed in a packet: the packet
/// reads with <see cref="AttachmentReading.Packet"/>, and the packet writer refuses this page type.
/// </summary>
internal sealed record VerifiedImagePage : AttachmentPage
{
    /// <summary>The one instance (the page carries nothing).</summary>
    public static VerifiedImagePage Instance { get; } = new();
}

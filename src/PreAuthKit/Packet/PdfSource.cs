namespace PreAuthKit.Packet;

/// <summary>
/// The bytes of one PDF attachment, shared by every page taken from it. Two attachments with the
/// same bytes share one source, so the packet imports their fonts and images once.
/// </summary>
internal sealed class PdfSource(byte[] bytes, string key)
{
    /// <summary>The file's bytes (never modified).</summary>
    public byte[] Bytes { get; } = bytes;

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Key { get; } = key;
}

namespace PreAuthKit.Packet;

/// <summary>What an attachment's content is, decided from its first bytes (never from its name).</summary>
internal enum AttachmentFormat
{
    /// <summary>Not a format a packet can enclose.</summary>
    Unknown,

    /// <summary>A PDF document (<c>%PDF-</c> within the first 1024 bytes, as readers accept).</summary>
    Pdf,

    /// <summary>A JPEG image.</summary>
    Jpeg,

    /// <summary>A PNG image.</summary>
    Png,

    /// <summary>A TIFF image, possibly with several pages (scanner output).</summary>
    Tiff,
}

namespace PreAuthKit.Packet;

/// <summary>
/// The limits the attachment intake enforces; each one a coded finding when exceeded. Defaults
/// follow from what a payer's portal or fax line accepts (docs/packet.md).
/// </summary>
internal sealed record AttachmentLimits
{
    /// <summary>Largest attachment file accepted (default 50 MiB, below common portal caps of 60 MB per file).</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most pages one attachment may have (default 300).</summary>
    public int MaxPages { get; init; } = 300;

    /// <summary>Most pixels one image page may have before it is decoded (default 50 megapixels, as for photos).</summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>Largest page side of an imported PDF page, in points (default 3456 pt = 48 in; PDF allows 200 in, unreadable when scaled to Letter).</summary>
    public double MaxPagePoints { get; init; } = 3456;

    /// <summary>Whether absolute paths are accepted (as for photos).</summary>
    public bool AllowAbsolutePaths { get; init; }

    /// <summary>The defaults.</summary>
    public static AttachmentLimits Default { get; } = new();
}

namespace PreAuthKit.Packet;

/// <summary>How the assessment reads a case's attachments (<see cref="AttachmentIntake"/>).</summary>
/// <param name="Greyscale">Whether image attachments become greyscale pages (the packet's fax option).</param>
/// <param name="RequirePath">Whether an attachment without a file is refused (PAK-ATT-001): the packet encloses every one, a letter may list one by title.</param>
/// <param name="BuildPages">
/// Whether image attachments are turned into page images (the packet), or only verified: every
/// check and every decode the packet's reading makes, with the same findings, but no page image
/// scaled or encoded and no full raster kept (<c>Validate</c> and the letters; see <see cref="VerifiedImagePage"/>).
/// </param>
internal sealed record AttachmentReading(bool Greyscale, bool RequirePath, bool BuildPages)
{
    /// <summary>As <c>Validate</c> and the letters read them: colour, a path optional, images verified but no page images built.</summary>
    public static AttachmentReading Validate { get; } = new(false, false, false);

    /// <summary>As the packet reads them: every attachment must name a file, and images become page images.</summary>
    public static AttachmentReading Packet(bool greyscale) => new(greyscale, true, true);
}

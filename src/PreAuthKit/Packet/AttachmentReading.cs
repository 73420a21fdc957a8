namespace PreAuthKit.Packet;

/// <summary>How the assessment reads a case's attachments (<see cref="AttachmentIntake"/>).</summary>
/// <param name="Greyscale">Whether image attachments become greyscale pages (the packet's fax option).</param>
/// <param name="RequirePath">Whether an attachment without a file is refused (PAK-ATT-001): the packet encloses every one, a letter may list one by title.</param>
internal sealed record AttachmentReading(bool Greyscale, bool RequirePath)
{
    /// <summary>As <c>Validate</c> and the letters read them: colour, a path optional.</summary>
    public static AttachmentReading Validate { get; } = new(false, false);

    /// <summary>As the packet reads them: every attachment must name a file.</summary>
    public static AttachmentReading Packet(bool greyscale) => new(greyscale, true);
}

using System.Security.Cryptography;
using PreAuthKit.Model;
using PreAuthKit.Photos;
using PreAuthKit.Validation;

namespace PreAuthKit.Packet;

/// <summary>
/// Reads the case's attachments: resolves each path against (and confines it to) the case
/// folder with the same rule as photos, enforces the size limit while reading, decides the
/// format from the content, and turns the file into pages (PDF pages imported, images fitted
/// to the page). <c>validate</c> and the packet run this same code, so a case that validates
/// clean always merges, and whatever the packet refuses, validate reports with the same code.
/// Problems come back as findings, never as exceptions. Thread-safe.
/// </summary>
internal sealed class AttachmentIntake(AttachmentLimits limits, PacketGeometry geometry, bool greyscale)
{
    public AttachmentLimits Limits => limits;

    /// <summary>Reads every attachment that names a file; attachments without a path are refused only when <paramref name="requirePath"/>.</summary>
    public IReadOnlyList<AttachmentOutcome> ReadAll(IReadOnlyList<Attachment> attachments, string? baseDirectory, bool requirePath, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<AttachmentOutcome>(attachments.Count);
        for (var index = 0; index < attachments.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attachment = attachments[index];
            if (attachment is null || string.IsNullOrWhiteSpace(attachment.Path))
            {
                if (requirePath)
                {
                    outcomes.Add(Failed(index, AttachmentFindings.NoPath(index)));
                }

                continue;
            }

            outcomes.Add(baseDirectory is null
                ? Failed(index, AttachmentFindings.OutsideCaseFolder(index, attachment.Path))
                : ReadFile(attachment, index, baseDirectory));
        }

        return outcomes;
    }

    /// <summary>Reads the file an attachment names, resolved against (and confined to) the case folder.</summary>
    public AttachmentOutcome ReadFile(Attachment attachment, int index, string baseDirectory)
    {
        var path = attachment.Path ?? "";
        var fullPath = PhotoPathResolver.Resolve(path, baseDirectory, limits.AllowAbsolutePaths);
        if (fullPath is null)
        {
            return Failed(index, AttachmentFindings.OutsideCaseFolder(index, path));
        }

        if (!File.Exists(fullPath))
        {
            return Failed(index, AttachmentFindings.NotFound(index, path));
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return Read(attachment, index, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(index, AttachmentFindings.Unreadable(index, path, ex is UnauthorizedAccessException ? "access denied" : "input/output error"));
        }
    }

    /// <summary>Reads attachment content from a stream (at most <see cref="AttachmentLimits.MaxBytes"/>).</summary>
    public AttachmentOutcome Read(Attachment attachment, int index, Stream content)
    {
        var path = attachment.Path ?? "";
        if (content.CanSeek)
        {
            var length = content.Length - content.Position;
            if (length > limits.MaxBytes)
            {
                return Failed(index, AttachmentFindings.TooLarge(index, path, limits.MaxBytes));
            }

            var exact = new byte[length];
            content.ReadExactly(exact);
            return Read(attachment, index, exact);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                return Failed(index, AttachmentFindings.TooLarge(index, path, limits.MaxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(attachment, index, buffer.ToArray());
    }

    /// <summary>Reads attachment content already in memory.</summary>
    public AttachmentOutcome Read(Attachment attachment, int index, byte[] bytes)
    {
        var path = attachment.Path ?? "";
        if (bytes.Length == 0)
        {
            return Failed(index, AttachmentFindings.Empty(index, path));
        }

        if (bytes.LongLength > limits.MaxBytes)
        {
            return Failed(index, AttachmentFindings.TooLarge(index, path, limits.MaxBytes));
        }

        var format = AttachmentSniffer.Sniff(bytes);
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var (pages, finding) = format switch
        {
            AttachmentFormat.Pdf => PdfAttachmentReader.Read(bytes, index, path, limits, key),
            AttachmentFormat.Jpeg or AttachmentFormat.Png or AttachmentFormat.Tiff => ImageAttachmentReader.Read(bytes, format, index, path, limits, geometry.ImagePixels, greyscale),
            _ => (null, AttachmentFindings.Unsupported(index, path, AttachmentSniffer.OtherFormatName(bytes))),
        };

        if (pages is null)
        {
            return Failed(index, finding!);
        }

        return new AttachmentOutcome(index, new LoadedAttachment(index, attachment.Title, attachment.Date, format, bytes.LongLength, pages), []);
    }

    private static AttachmentOutcome Failed(int index, ValidationFinding finding) => new(index, null, [finding]);
}

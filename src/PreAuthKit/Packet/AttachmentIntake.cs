using System.Security.Cryptography;
using PreAuthKit.Model;
using PreAuthKit.Photos;

namespace PreAuthKit.Packet;

/// <summary>
/// Reads the case's attachments: resolves each path with the same resolver as photos (the case
/// folder's confinement rule, or the host's in-memory sources), enforces the size limit while reading, decides the
/// format from the content, and turns the file into pages (PDF pages imported, images fitted
/// to the page). <c>validate</c> and the packet run this same code, so a case that validates
/// clean always merges, and whatever the packet refuses, validate reports with the same code.
/// Problems come back as findings, never as exceptions. Thread-safe. Without
/// <paramref name="buildPages"/> (<see cref="AttachmentReading.Validate"/>) images are verified with the
/// same checks and decodes and the same findings, but no page image is built (<see cref="VerifiedImagePage"/>).
/// </summary>
internal sealed class AttachmentIntake(AttachmentLimits limits, PacketGeometry geometry, bool greyscale, bool buildPages = true)
{
    public AttachmentLimits Limits => limits;

    /// <summary>
    /// Reads every attachment that names a file, through the same resolver as the case's photos
    /// (the case folder's confinement rule, or the sources a host supplied); attachments without a
    /// path are refused only when <paramref name="requirePath"/>.
    /// </summary>
    public IReadOnlyList<AttachmentOutcome> ReadAll(IReadOnlyList<Attachment> attachments, IContentResolver resolver, bool requirePath, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<AttachmentOutcome>(attachments.Count);
        var read = new Dictionary<ContentSource, AttachmentOutcome>(ReferenceEqualityComparer.Instance);
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

            var reference = resolver.Resolve(attachment.Path);
            if (reference.Source is not { } source)
            {
                outcomes.Add(Failed(index, AttachmentFindings.FromReference(index, reference)));
                continue;
            }

            // A file named by two attachments is read once; its pages (and so its fonts and images) are shared.
            if (read.TryGetValue(source, out var earlier))
            {
                outcomes.Add(earlier.Attachment is { } loaded
                    ? new AttachmentOutcome(index, loaded with { Index = index, Title = attachment.Title, Date = attachment.Date }, [])
                    : Failed(index, Renumber(earlier.Findings[0], earlier.Index, index)));
                continue;
            }

            var outcome = Read(attachment, index, source);
            read[source] = outcome;
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    /// <summary>Reads one attachment's content from its source; I/O errors become a finding.</summary>
    public AttachmentOutcome Read(Attachment attachment, int index, ContentSource source)
    {
        try
        {
            using var stream = source.Open();
            return Read(attachment, index, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return Failed(index, AttachmentFindings.Unreadable(index, ex is UnauthorizedAccessException ? "access denied" : "input/output error"));
        }
    }

    /// <summary>Reads attachment content from a stream (at most <see cref="AttachmentLimits.MaxBytes"/>).</summary>
    public AttachmentOutcome Read(Attachment attachment, int index, Stream content)
    {
        if (content.CanSeek)
        {
            var length = content.Length - content.Position;
            if (length > limits.MaxBytes)
            {
                return Failed(index, AttachmentFindings.TooLarge(index, limits.MaxBytes));
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
                return Failed(index, AttachmentFindings.TooLarge(index, limits.MaxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(attachment, index, buffer.ToArray());
    }

    /// <summary>Reads attachment content already in memory.</summary>
    public AttachmentOutcome Read(Attachment attachment, int index, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Failed(index, AttachmentFindings.Empty(index));
        }

        if (bytes.LongLength > limits.MaxBytes)
        {
            return Failed(index, AttachmentFindings.TooLarge(index, limits.MaxBytes));
        }

        var format = AttachmentSniffer.Sniff(bytes);
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var (pages, finding) = format switch
        {
            AttachmentFormat.Pdf => PdfAttachmentReader.Read(bytes, index, limits, key),
            AttachmentFormat.Jpeg or AttachmentFormat.Png or AttachmentFormat.Tiff => buildPages
                ? ImageAttachmentReader.Read(bytes, format, index, limits, geometry.ImagePixels, greyscale)
                : ImageAttachmentReader.Verify(bytes, format, index, limits),
            _ => (null, AttachmentFindings.Unsupported(index, AttachmentSniffer.OtherFormatName(bytes))),
        };

        if (pages is null)
        {
            return Failed(index, finding!);
        }

        return new AttachmentOutcome(index, new LoadedAttachment(index, attachment.Title, attachment.Date, format, bytes.LongLength, pages), []);
    }

    private static ValidationFinding Renumber(ValidationFinding finding, int from, int to)
    {
        var number = (from + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = finding.Message.StartsWith("Attachment " + number, StringComparison.Ordinal)
            ? "Attachment " + (to + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + finding.Message[("Attachment " + number).Length..]
            : finding.Message;
        return finding with { Path = AttachmentFindings.PathOf(to), Message = message };
    }

    private static AttachmentOutcome Failed(int index, ValidationFinding finding) => new(index, null, [finding]);
}

namespace PreAuthKit;

/// <summary>
/// Where the bytes of a photo or an attachment come from: a file, a byte array, or a stream the
/// library opens when it needs the content (clinic software usually keeps images in a database or
/// a document store, not beside a JSON file). The library reads a source synchronously, at most
/// the configured size limit (<see cref="Validation.ValidationOptions.MaxPhotoBytes"/> for photos),
/// and may read it more than once (header when validating, full content when rendering), so a
/// stream factory must return a fresh stream positioned at the start each time.
/// </summary>
/// <remarks>
/// A case read from a case file resolves each <c>photos[i].path</c> against the case file's folder
/// (confined to it; see <c>docs/case-file.md</c>). A case built in memory maps each path, used as a
/// plain reference name, to a source (<c>CaseInput.FromCase</c>). A source named by two
/// records is read and embedded once.
/// </remarks>
public abstract class ContentSource
{
    private protected ContentSource()
    {
    }

    /// <summary>A file, read when needed. The path is the host's choice and is not confined to any folder.</summary>
    /// <param name="path">Absolute path, or relative to the current directory.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    public static ContentSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new FileContent(Path.GetFullPath(path));
    }

    /// <summary>Bytes already in memory (not copied: do not change them while the library uses them).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    public static ContentSource FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new BytesContent(bytes);
    }

    /// <summary>Bytes already in memory.</summary>
    public static ContentSource FromBytes(ReadOnlyMemory<byte> bytes) => new BytesContent(bytes);

    /// <summary>A stream opened when the content is needed; the library disposes it after reading.</summary>
    /// <param name="open">Returns a fresh readable stream at the start of the content each time it is called.</param>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public static ContentSource FromStream(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new StreamContent(open);
    }

    /// <summary>Opens the content. May throw <see cref="IOException"/> and the like; the caller turns that into a finding.</summary>
    internal abstract Stream Open();

    private sealed class FileContent(string fullPath) : ContentSource
    {
        internal override Stream Open() => new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }

    private sealed class BytesContent(ReadOnlyMemory<byte> bytes) : ContentSource
    {
        internal ReadOnlyMemory<byte> Bytes => bytes;

        internal override Stream Open()
            => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(bytes.ToArray(), writable: false);
    }

    private sealed class StreamContent(Func<Stream> open) : ContentSource
    {
        internal override Stream Open() => open() ?? throw new InvalidOperationException("The stream factory returned null.");
    }
}

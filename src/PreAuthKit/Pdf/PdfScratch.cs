namespace PreAuthKit.Pdf;

/// <summary>
/// Per-thread scratch buffers for writing and finishing a PDF, so a warm letter does not grow and
/// copy a fresh buffer of the whole file at every step (PDFsharp's save, the finisher's output, each
/// compressed stream). A buffer is taken for the length of one call on one thread and given back at
/// its end; one grown past <see cref="KeepAtMost"/> (a large submission packet) is dropped rather than
/// kept alive by the thread. Nothing in a buffer outlives the call: callers copy out what they return.
/// </summary>
internal static class PdfScratch
{
    /// <summary>The largest buffer a thread keeps between calls (a letter's uncompressed file is about 0.2 MB).</summary>
    private const int KeepAtMost = 4 * 1024 * 1024;

    /// <summary>PDFsharp's uncompressed save (<see cref="PdfDocumentWriter"/>).</summary>
    [ThreadStatic]
    internal static MemoryStream? Saved;

    /// <summary>The finished file being written (<see cref="PdfFinisher"/>).</summary>
    [ThreadStatic]
    internal static MemoryStream? Output;

    /// <summary>One compressed stream at a time (<see cref="PdfFinisher"/>).</summary>
    [ThreadStatic]
    internal static MemoryStream? Compressed;

    /// <summary>Takes the thread's buffer from <paramref name="slot"/> (emptied), or a new one of <paramref name="capacity"/>; the slot stays empty until <see cref="Return"/>, so a nested use gets its own.</summary>
    public static MemoryStream Rent(ref MemoryStream? slot, int capacity)
    {
        var stream = slot;
        slot = null;
        if (stream is null)
        {
            return new MemoryStream(Math.Max(capacity, 256));
        }

        stream.SetLength(0);
        if (stream.Capacity < capacity)
        {
            stream.Capacity = capacity;
        }

        return stream;
    }

    /// <summary>Gives a buffer back to the thread's <paramref name="slot"/> (dropped when it grew past <see cref="KeepAtMost"/>).</summary>
    public static void Return(ref MemoryStream? slot, MemoryStream stream)
    {
        if (stream.Capacity <= KeepAtMost)
        {
            stream.SetLength(0);
            slot = stream;
        }
    }
}

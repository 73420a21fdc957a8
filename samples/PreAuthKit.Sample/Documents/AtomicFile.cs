using System.Security.Cryptography;

namespace PreAuthKit.Sample.Documents;

/// <summary>
/// Writes a file through a temporary file and a rename: readers never see a partial PDF, and the
/// write can never be redirected. The temporary file has a fresh random name and is created with
/// create-new semantics (<c>O_CREAT | O_EXCL</c>, which never follows an existing link), so a
/// planted <c>name.pdf.tmp</c> link is never followed or replaced; the rename then replaces the
/// target atomically (a link at the target's name is replaced itself, its target is untouched).
/// </summary>
internal static class AtomicFile
{
    private const int Attempts = 8;

    /// <summary>Writes <paramref name="document"/> to <paramref name="fileName"/> in <paramref name="outDir"/>; returns the full path.</summary>
    public static async Task<string> WriteAsync(string outDir, string fileName, RenderedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Directory.CreateDirectory(outDir);
        var finalPath = Path.GetFullPath(Path.Combine(outDir, fileName));
        var directory = Path.GetDirectoryName(finalPath)!;
        var (tempPath, stream) = CreateTemporary(directory, Path.GetFileName(finalPath));
        var moved = false;
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                await document.WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(tempPath, finalPath, overwrite: true);
            moved = true;
        }
        finally
        {
            if (!moved)
            {
                File.Delete(tempPath); // ours: created new above, so never someone else's file or link
            }
        }

        return finalPath;
    }

    /// <summary>
    /// Writes several files (the parts of a packet) so that either all of them appear or none:
    /// every part goes to its own create-new temporary file first (see <see cref="CreateTemporary"/>);
    /// only when all are written are they renamed into place.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(string outDir, IReadOnlyList<(string FileName, ReadOnlyMemory<byte> Bytes)> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(outDir);
        var finals = files.Select(f => Path.GetFullPath(Path.Combine(outDir, f.FileName))).ToList();
        var temps = new List<string>(files.Count);
        var moved = 0;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var (tempPath, stream) = CreateTemporary(Path.GetDirectoryName(finals[i])!, Path.GetFileName(finals[i]));
                temps.Add(tempPath);
                await using (stream.ConfigureAwait(false))
                {
                    await stream.WriteAsync(files[i].Bytes, cancellationToken).ConfigureAwait(false);
                    await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            for (; moved < files.Count; moved++)
            {
                File.Move(temps[moved], finals[moved], overwrite: true);
            }
        }
        finally
        {
            foreach (var temp in temps.Skip(moved))
            {
                File.Delete(temp); // ours: created new, so never someone else's file or link
            }
        }

        return finals;
    }

    /// <summary>
    /// Removes an earlier output of the same name after a refused run, so a PDF left from an older,
    /// different version of the case never looks current. Returns whether one was removed. A link
    /// at that name is removed itself; what it points to is untouched.
    /// </summary>
    public static bool RemoveStale(string outDir, string fileName)
    {
        try
        {
            var path = Path.GetFullPath(Path.Combine(outDir, fileName));
            var entry = new FileInfo(path);
            if (!entry.Exists && entry.LinkTarget is null)
            {
                return false;
            }

            entry.Delete();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static (string Path, FileStream Stream) CreateTemporary(string directory, string fileName)
    {
        for (var attempt = 1; ; attempt++)
        {
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            var path = Path.Combine(directory, $".{fileName}.{token}.tmp");
            try
            {
                return (path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous));
            }
            catch (IOException) when (attempt < Attempts)
            {
                // Taken (by a planted file or link, or a concurrent writer): try another random name.
            }
        }
    }
}

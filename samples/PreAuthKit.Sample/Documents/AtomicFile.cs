namespace PreAuthKit.Sample.Documents;

/// <summary>Writes a file through a temporary file and a rename: readers never see a partial PDF.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="fileName"/> in <paramref name="outDir"/>; returns the full path.</summary>
    public static async Task<string> WriteAsync(string outDir, string fileName, RenderedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Directory.CreateDirectory(outDir);
        var finalPath = Path.GetFullPath(Path.Combine(outDir, fileName));
        var tempPath = finalPath + ".tmp";
        try
        {
            await using (var stream = new FileStream(tempPath, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                await document.WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(tempPath, finalPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }

        return finalPath;
    }

    /// <summary>
    /// Writes several files (the parts of a packet) so that either all of them appear or none:
    /// every part goes to a temporary file first; only when all are written are they renamed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(string outDir, IReadOnlyList<(string FileName, ReadOnlyMemory<byte> Bytes)> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(outDir);
        var finals = files.Select(f => Path.GetFullPath(Path.Combine(outDir, f.FileName))).ToList();
        var temps = finals.Select(f => f + ".tmp").ToList();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                await using var stream = new FileStream(temps[i], FileMode.Create, FileAccess.Write, FileShare.None);
                await stream.WriteAsync(files[i].Bytes, cancellationToken).ConfigureAwait(false);
            }

            for (var i = 0; i < files.Count; i++)
            {
                File.Move(temps[i], finals[i], overwrite: true);
            }
        }
        finally
        {
            foreach (var temp in temps.Where(File.Exists))
            {
                File.Delete(temp);
            }
        }

        return finals;
    }
}

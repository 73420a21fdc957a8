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
}

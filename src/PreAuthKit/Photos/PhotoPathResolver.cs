namespace PreAuthKit.Photos;

/// <summary>Resolves a photo path against the case folder and refuses paths that leave it.</summary>
internal static class PhotoPathResolver
{
    /// <summary>The full path, or null when the path is empty, absolute (unless allowed) or outside the case folder.</summary>
    public static string? Resolve(string path, string baseDirectory, bool allowAbsolute)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var root = Path.GetFullPath(baseDirectory);
        if (Path.IsPathRooted(path))
        {
            return allowAbsolute ? Path.GetFullPath(path) : null;
        }

        var full = Path.GetFullPath(Path.Combine(root, path));
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal) ? full : null;
    }
}

namespace PreAuthKit.Photos;

/// <summary>Resolves a photo path against the case folder and refuses paths that leave it.</summary>
internal static class PhotoPathResolver
{
    /// <summary>
    /// The full path, or null when the path is empty, absolute (unless allowed), outside the case
    /// folder, or a symbolic link whose target is outside it.
    /// </summary>
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
        if (!IsInside(full, root))
        {
            return null;
        }

        var link = new FileInfo(full);
        if (link.Exists && link.LinkTarget is not null)
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is not null && IsInside(Path.GetFullPath(target.FullName), root) ? full : null;
        }

        return full;
    }

    private static bool IsInside(string full, string root)
    {
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal);
    }
}

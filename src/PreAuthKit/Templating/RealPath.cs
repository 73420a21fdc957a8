namespace PreAuthKit.Templating;

/// <summary>
/// The real path of a file: every symbolic link on the way (a linked folder or the file itself)
/// replaced by its target, the way the operating system will open it. Used to confine templates
/// to their root by where they really are, not by how they are named.
/// </summary>
internal static class RealPath
{
    /// <summary>Links followed before giving up (a loop, or a chain too long to trust), as Linux's MAXSYMLINKS.</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="fullPath"/> (absolute), or null for a link loop or an over-long chain of links.</summary>
    public static string? Resolve(string fullPath)
    {
        var links = 0;
        return Resolve(fullPath, ref links);
    }

    private static string? Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath);
        if (string.IsNullOrEmpty(root))
        {
            return null;
        }

        var current = root;
        var parts = fullPath[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            string? target;
            try
            {
                target = entry.LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }

            if (target is not null)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                var resolved = Resolve(Path.GetFullPath(target, current), ref links);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or inside it (both real, absolute paths).</summary>
    public static bool IsInside(string path, string root)
        => path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

using System.Collections.Concurrent;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Photo;

namespace PreAuthKit.Photos;

/// <summary>
/// The one path rule for files a case file names (photos, attachments), used by validation and
/// rendering alike so both give the same verdict:
/// <list type="number">
/// <item>empty: <c>PAK-PHO-002</c>; a control character (NUL, newline, tab) or a leading or trailing space: <c>PAK-PHO-013</c>;</item>
/// <item>a backslash is a folder separator (<c>photos\a.jpg</c> is <c>photos/a.jpg</c>);</item>
/// <item>absolute (<c>/x</c>, <c>C:\x</c>) unless allowed: <c>PAK-PHO-004</c>;</item>
/// <item>the real path (every symbolic link resolved, the case folder's too) must stay inside the
/// case folder: <c>PAK-PHO-003</c>; a link loop or an unreadable link: <c>PAK-PHO-006</c>;</item>
/// <item>it must exist (<c>PAK-PHO-005</c>) and be a file (<c>PAK-PHO-006</c>).</item>
/// </list>
/// Never throws for bad input. Thread-safe; a file named twice resolves to one source.
/// </summary>
internal sealed class FolderContentResolver : IContentResolver
{
    private readonly string _root;
    private readonly bool _allowAbsolute;
    private readonly ConcurrentDictionary<string, ContentSource> _sources = new(StringComparer.Ordinal);
    private readonly Lazy<string?> _realRoot;

    public FolderContentResolver(string folder, bool allowAbsolute)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _root = Path.GetFullPath(folder);
        _allowAbsolute = allowAbsolute;
        _realRoot = new Lazy<string?>(() =>
        {
            try
            {
                return RealPath(_root);
            }
            catch (Exception ex) when (IsFileSystemError(ex))
            {
                return null;
            }
        });
    }

    /// <summary>The case folder.</summary>
    public string Folder => _root;

    public ContentReference Resolve(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return ContentReference.Refused(F.PathMissing);
        }

        if (reference.Any(char.IsControl) || reference.Trim().Length != reference.Length)
        {
            return ContentReference.Refused(F.BadPath);
        }

        var normalized = reference.Replace('\\', '/');
        var rooted = normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':' && char.IsAsciiLetter(normalized[0]));
        if (rooted && !_allowAbsolute)
        {
            return ContentReference.Refused(F.Absolute);
        }

        try
        {
            var full = Path.GetFullPath(rooted ? normalized : Path.Combine(_root, normalized));
            if (!rooted && !IsInside(full, _root))
            {
                return ContentReference.Refused(F.OutsideFolder);
            }

            var real = RealPath(full);
            if (!rooted && (_realRoot.Value is not { } realRoot || !IsInside(real, realRoot)))
            {
                return ContentReference.Refused(F.OutsideFolder);
            }

            if (!File.Exists(real))
            {
                return Directory.Exists(real) ? ContentReference.Refused(F.Unreadable, "a folder, not a file") : ContentReference.Refused(F.NotFound);
            }

            return new ContentReference(_sources.GetOrAdd(real, path => ContentSource.FromFile(path)));
        }
        catch (Exception ex) when (IsFileSystemError(ex))
        {
            return ContentReference.Refused(F.Unreadable, ex is IOException && ex.GetType() == typeof(IOException) ? "a link that cannot be resolved, such as a link loop" : ex.GetType().Name);
        }
    }

    /// <summary>The path with every symbolic link along it resolved (a loop throws <see cref="IOException"/>).</summary>
    internal static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true) ?? throw new IOException("Unresolvable link.");
                next = Path.GetFullPath(target.FullName);
            }

            current = next;
        }

        return current;
    }

    internal static bool IsInside(string full, string root)
    {
        var withSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(withSeparator, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static bool IsFileSystemError(Exception ex)
        => ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;
}

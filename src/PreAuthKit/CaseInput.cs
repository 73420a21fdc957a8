using System.Diagnostics.CodeAnalysis;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Photos;

namespace PreAuthKit;

/// <summary>
/// A case and where its photos and attachments come from: read from a case file (paths relative to
/// its folder, confined to it), or built in memory by clinic software (each <c>path</c> is a reference
/// name the host maps to a <see cref="ContentSource"/>: a file, a byte array or a stream). There is
/// no invented base directory: a case built in memory reads only the sources it was given.
/// </summary>
public sealed class CaseInput
{
    private readonly string? _folder;
    private readonly IReadOnlyDictionary<string, ContentSource>? _sources;

    private CaseInput(PreAuthCase @case, string? folder, IReadOnlyDictionary<string, ContentSource>? sources)
    {
        Case = @case;
        _folder = folder;
        _sources = sources;
    }

    /// <summary>The case.</summary>
    public PreAuthCase Case { get; }

    /// <summary>Reads a case file (<c>docs/case-file.md</c>); photo paths are resolved against its folder.</summary>
    /// <exception cref="CaseFileException">The file is missing, unreadable or not a valid case file; its <see cref="CaseFileException.Finding"/> says why.</exception>
    public static CaseInput Load(string path) => FromCaseFile(CaseFileReader.Load(path));

    /// <summary>Reads a case file without throwing for bad input.</summary>
    /// <param name="path">Path of the JSON case file.</param>
    /// <param name="input">The case, when it could be read.</param>
    /// <param name="problem">Why it could not be read (a <c>PAK-FILE</c> finding), otherwise null.</param>
    /// <returns>True when the case was read.</returns>
    public static bool TryLoad(string path, [NotNullWhen(true)] out CaseInput? input, [NotNullWhen(false)] out ValidationFinding? problem)
    {
        try
        {
            input = Load(path);
            problem = null;
            return true;
        }
        catch (CaseFileException ex)
        {
            input = null;
            problem = ex.Finding;
            return false;
        }
        catch (ArgumentException)
        {
            input = null;
            problem = Validation.Findings.FindingCatalog.CaseFile.Unreadable.At("$");
            return false;
        }
    }

    /// <summary>A case read earlier with <see cref="CaseFileReader"/>: photo paths resolve against its folder.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is null.</exception>
    public static CaseInput FromCaseFile(CaseFile caseFile)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return new CaseInput(caseFile.Case, caseFile.BaseDirectory, null);
    }

    /// <summary>A case built in memory. Each <c>photos[i].path</c> (and <c>attachments[i].path</c>) is a key of <paramref name="files"/>.</summary>
    /// <param name="case">The case.</param>
    /// <param name="files">The photo and attachment sources by reference name (ordinal); none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public static CaseInput FromCase(PreAuthCase @case, IReadOnlyDictionary<string, ContentSource>? files = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var copy = new Dictionary<string, ContentSource>(StringComparer.Ordinal);
        foreach (var (name, source) in files ?? new Dictionary<string, ContentSource>())
        {
            ArgumentNullException.ThrowIfNull(source, nameof(files));
            copy[name] = source;
        }

        return new CaseInput(@case, null, copy);
    }

    /// <summary>A case built in memory whose photo paths are files in <paramref name="folder"/> (confined to it, as for a case file).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null, empty or white space.</exception>
    public static CaseInput FromFolder(PreAuthCase @case, string folder)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new CaseInput(@case, Path.GetFullPath(folder), null);
    }

    /// <summary>The same as <see cref="FromCaseFile"/>.</summary>
    public static implicit operator CaseInput(CaseFile caseFile) => FromCaseFile(caseFile);

    /// <summary>The resolver of this input's photo and attachment references (a new one per request: it caches what it read).</summary>
    internal IContentResolver Resolver(bool allowAbsolutePaths)
        => _folder is not null ? new FolderContentResolver(_folder, allowAbsolutePaths) : new MemoryContentResolver(_sources!);
}

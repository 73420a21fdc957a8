using System.Collections.Frozen;
using System.Text;

namespace PreAuthKit.Codes;

/// <summary>
/// The small, documented data files embedded beside the ICD-10-CM table: add-on code pairs
/// (<c>Codes/Data/addon-codes.tsv</c>) and accepted modifiers (<c>Codes/Data/modifiers.tsv</c>). Each
/// file names its source in its header comment. Tab-separated, one header row, <c>#</c> comments.
/// Loaded once, lazily, thread-safely.
/// </summary>
internal static class CodeDataFiles
{
    private const string AddOnResource = "PreAuthKit.Codes.addon-codes.tsv";
    private const string ModifierResource = "PreAuthKit.Codes.modifiers.tsv";

    private static readonly Lazy<FrozenDictionary<string, IReadOnlyList<string>>> AddOns = new(LoadAddOns, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FrozenSet<string>> ModifierSet = new(LoadModifiers, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Add-on CPT code to the primary codes one of which must be on the same request.</summary>
    public static FrozenDictionary<string, IReadOnlyList<string>> AddOnPrimaries => AddOns.Value;

    /// <summary>Modifiers accepted without a warning (upper case).</summary>
    public static FrozenSet<string> Modifiers => ModifierSet.Value;

    /// <summary>The data rows of a tab-separated resource: comments and the header row skipped, fields trimmed.</summary>
    internal static IEnumerable<string[]> Rows(string resource)
    {
        using var stream = typeof(CodeDataFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing from the PreAuthKit assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            yield return [.. line.Split('\t').Select(f => f.Trim())];
        }
    }

    private static FrozenDictionary<string, IReadOnlyList<string>> LoadAddOns()
        => Rows(AddOnResource).ToFrozenDictionary(
            r => ProcedureCodes.Normalize(r[0]),
            r => (IReadOnlyList<string>)[.. r[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ProcedureCodes.Normalize)],
            StringComparer.Ordinal);

    private static FrozenSet<string> LoadModifiers()
        => Rows(ModifierResource).Select(r => r[0].ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);
}

using System.Collections.Frozen;
using System.Globalization;
using PreAuthKit.Codes;

namespace PreAuthKit.Appeals;

/// <summary>
/// The state external review rules shipped with the library, read once from the embedded data file
/// <c>Appeals/Data/state-external-review.tsv</c> (each row names its source). Only states whose
/// window was verified are listed: California, 6 months (Cal. Health &amp; Safety Code 1374.30(h)).
/// Georgia's 6 months could not be verified and was dropped (see the file's header).
/// </summary>
internal static class StateExternalReview
{
    private const string Resource = "PreAuthKit.Appeals.state-external-review.tsv";

    private static readonly Lazy<FrozenDictionary<string, StateExternalReviewRule>> Rules = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every shipped state rule by two-letter code (case-insensitive).</summary>
    public static FrozenDictionary<string, StateExternalReviewRule> All => Rules.Value;

    /// <summary>The shipped rule for <paramref name="state"/>, or null.</summary>
    public static StateExternalReviewRule? For(string? state)
        => state is not null && All.TryGetValue(state.Trim(), out var rule) ? rule : null;

    private static FrozenDictionary<string, StateExternalReviewRule> Load()
        => CodeDataFiles.Rows(Resource)
            .Select(r => new StateExternalReviewRule(
                r[0].ToUpperInvariant(),
                r[1].Length == 0 ? null : int.Parse(r[1], NumberStyles.None, CultureInfo.InvariantCulture),
                r[2],
                Column(r, 3),
                Column(r, 4),
                Column(r, 5),
                Column(r, 6),
                Column(r, 7)))
            .ToFrozenDictionary(r => r.State, StringComparer.OrdinalIgnoreCase);

    private static string? Column(string[] row, int index) => row.Length > index && row[index].Length > 0 ? row[index] : null;
}

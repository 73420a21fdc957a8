using System.Collections.Frozen;
using System.Reflection;

namespace PreAuthKit.Validation.Findings;

/// <summary>
/// Every finding PreAuthKit reports, defined once. <c>docs/case-file.md</c>'s code table is checked
/// against <see cref="All"/> by a test (<c>FindingCatalogTests</c>), and no other file may spell a
/// <c>PAK-</c> code.
/// </summary>
/// <remarks>
/// <para>How to add a finding:</para>
/// <list type="number">
/// <item>Pick the family file (<c>FindingCatalog.Patient.cs</c>, <c>FindingCatalog.Photos.cs</c>, ...)
/// or add one: a new <c>partial class FindingCatalog</c> file holding a nested <c>public static class</c>
/// named after the family, with <c>public static FindingDefinition</c> properties. Every nested
/// class is collected by reflection; nothing else needs registering.</item>
/// <item>Take the next free number in the family (numbers are never reused: a retired code stays
/// retired), state the default severity, the one <see cref="FindingSection"/>, the documented path,
/// a one-line rule and the message. Messages name the field and the fix in a clinic user's words
/// and carry no patient data; holes <c>{0}</c> are filled through <see cref="FindingDefinition.Format"/>.</item>
/// <item>Raise it from a validator with <c>.Finding(FindingCatalog.Family.Name)</c> (see
/// <c>RuleBuilderExtensions</c>) or elsewhere with <see cref="FindingDefinition.At(string, object?[])"/>.</item>
/// <item>Run <c>FindingCatalogTests</c>: it prints the row to paste into <c>docs/case-file.md</c>.</item>
/// </list>
/// <para>A new family also needs its place in <see cref="FamilyOrder"/> (unknown families sort last).</para>
/// </remarks>
internal static partial class FindingCatalog
{
    /// <summary>The order families are documented in: the order a reviewer reads a request, then render-time families.</summary>
    public static IReadOnlyList<string> FamilyOrder { get; } =
        ["FILE", "PAT", "PAY", "SUB", "PRV", "NPI", "DX", "CPT", "HIS", "ASM", "MSR", "TPL", "PHO", "ATT", "PKT", "APL", "LTR", "POL", "CAP", "LAYOUT", "TEMPLATE"];

    private static readonly Lazy<IReadOnlyList<FindingDefinition>> AllDefinitions = new(Collect);

    private static readonly Lazy<FrozenDictionary<string, FindingDefinition>> ByCode = new(
        () => AllDefinitions.Value.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal));

    /// <summary>Every definition, by family (in <see cref="FamilyOrder"/>) and code.</summary>
    public static IReadOnlyList<FindingDefinition> All => AllDefinitions.Value;

    /// <summary>The definition of <paramref name="code"/>, or null.</summary>
    public static FindingDefinition? Find(string code) => ByCode.Value.GetValueOrDefault(code);

    private static List<FindingDefinition> Collect()
    {
        var definitions = typeof(FindingCatalog)
            .GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic)
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(property => property.PropertyType == typeof(FindingDefinition))
            .Select(property => (FindingDefinition)property.GetValue(null)!)
            .ToList();
        var duplicate = definitions.GroupBy(d => d.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Finding code {duplicate.Key} is defined more than once.");
        }

        return [.. definitions
            .OrderBy(d => FamilyRank(d.Family))
            .ThenBy(d => d.Family, StringComparer.Ordinal)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
    }

    private static int FamilyRank(string family)
    {
        for (var i = 0; i < FamilyOrder.Count; i++)
        {
            if (FamilyOrder[i] == family)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}

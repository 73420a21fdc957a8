using PreAuthKit.Codes;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Codes;

/// <summary>
/// The embedded tables against the shared data they were built from (<c>&lt;repo&gt;/../shared/data/icd10cm</c>,
/// present on CI beside the clone). Ignored when the folder is absent. Regenerate with
/// <c>src/PreAuthKit/Codes/Data/build-icd10cm.sh</c>.
/// </summary>
public class EmbeddedTableTests
{
    private static string DataFolder => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data", "icd10cm"));

    [Test]
    public void Fy2026_table_matches_the_official_codes_file()
    {
        var file = Path.Combine(DataFolder, "icd10cm-codes-2026.txt");
        if (!File.Exists(file))
        {
            Assert.Fail($"shared data not found at {DataFolder}: the tests read the official ICD-10-CM table from ../shared beside the repository, as CI lays it out");
        }

        var official = File.ReadLines(file)
            .Where(line => line.Length > 8)
            .ToDictionary(line => line[..7].TrimEnd(), line => line[8..].TrimEnd('\r'), StringComparer.Ordinal);
        var embedded = Icd10Cm.ForFiscalYear(2026).Codes;

        Assert.That(official, Has.Count.EqualTo(74_719));
        Assert.That(embedded, Has.Count.EqualTo(official.Count));
        var mismatches = official.Where(kv => !embedded.TryGetValue(kv.Key, out var d) || d != kv.Value).Select(kv => kv.Key).Take(10).ToList();
        Assert.That(mismatches, Is.Empty, "codes whose embedded entry differs; run build-icd10cm.sh");
    }

    [Test]
    public void Fy2027_changes_match_the_derived_file()
    {
        var file = Path.Combine(DataFolder, "derived", "icd10cm-fy2027-billable-changes.tsv");
        if (!File.Exists(file))
        {
            Assert.Fail($"shared data not found at {DataFolder}: the tests read the official ICD-10-CM table from ../shared beside the repository, as CI lays it out");
        }

        var embedded = Path.Combine(RepoPaths.Root, "src", "PreAuthKit", "Codes", "Data", "icd10cm-fy2027-changes.tsv");
        Assert.That(File.ReadAllLines(embedded), Is.EqualTo(File.ReadAllLines(file).Select(l => l.TrimEnd('\r'))));
    }
}

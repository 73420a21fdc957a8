using PreAuthKit.Codes;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Codes;

/// <summary>The reviewed cosmetic lists: every entry is a billable FY2026 code whose official title is the one it was reviewed against.</summary>
public class CosmeticDiagnosesTests
{
    private static IEnumerable<TestCaseData> Entries()
        => CosmeticDiagnoses.Defaults.Concat(CosmeticDiagnoses.CosmeticPurpose).Select(e => new TestCaseData(e.Code).SetArgDisplayNames(e.Code));

    [TestCaseSource(nameof(Entries))]
    public void Entry_matches_its_official_title(string code)
    {
        var entry = CosmeticDiagnoses.Defaults.Concat(CosmeticDiagnoses.CosmeticPurpose).Single(e => e.Code == code);
        var table = Icd10Cm.ForFiscalYear(2026);

        Assert.That(table.Describe(entry.Code), Is.EqualTo(entry.OfficialTitle), entry.Code);
        Assert.That(Icd10Cm.ForFiscalYear(2027).Describe(entry.Code), Is.EqualTo(entry.OfficialTitle), $"{entry.Code} in FY2027");
        Assert.That(entry.Reason, Is.Not.Empty);
    }

    [TestCase("L57.0")] // actinic keratosis: premalignant, destruction covered (Medicare NCD 250.4)
    [TestCase("L57.1")] // actinic reticuloid
    [TestCase("L57.5")] // actinic granuloma
    [TestCase("L81.7")] // pigmented purpuric dermatosis
    public void Diseases_are_not_on_the_default_list(string code)
    {
        var options = new ValidationOptions();

        Assert.That(options.CosmeticDiagnosisCodes.Select(Icd10CmFormat.Normalize), Has.None.Matches<string>(prefix => Icd10CmFormat.Normalize(code).StartsWith(prefix!, StringComparison.Ordinal)));
    }

    [Test]
    public void Defaults_are_the_reviewed_lists()
    {
        var options = new ValidationOptions();

        Assert.That(options.CosmeticDiagnosisCodes, Is.EqualTo(CosmeticDiagnoses.Defaults.Select(e => e.Code)));
        Assert.That(options.CosmeticPurposeCodes, Is.EqualTo(new[] { "Z41.1", "Z41.8", "Z41.9" }));
    }
}

using PreAuthKit.Codes;

namespace PreAuthKit.Tests.Codes;

public class Icd10CmTests
{
    private static Icd10CmCodeSet Fy2026 => Icd10Cm.ForFiscalYear(2026);

    private static Icd10CmCodeSet Fy2027 => Icd10Cm.ForFiscalYear(2027);

    [TestCase("L90.5", nameof(Icd10CmStatus.Billable), "Scar conditions and fibrosis of skin")]
    [TestCase("l905", nameof(Icd10CmStatus.Billable), "Scar conditions and fibrosis of skin")]
    [TestCase("L91.0", nameof(Icd10CmStatus.Billable), "Hypertrophic scar")]
    [TestCase("T22.312S", nameof(Icd10CmStatus.Billable), "Burn of third degree of left forearm, sequela")]
    [TestCase("T23.302S", nameof(Icd10CmStatus.Billable), "Burn of third degree of left hand, unspecified site, sequela")]
    [TestCase("L73.0", nameof(Icd10CmStatus.Billable), "Acne keloid")]
    [TestCase("L90", nameof(Icd10CmStatus.Header), null)]
    [TestCase("L57", nameof(Icd10CmStatus.Header), null)]
    [TestCase("T22.312", nameof(Icd10CmStatus.SeventhCharacterMissing), null)]
    [TestCase("T23.302", nameof(Icd10CmStatus.SeventhCharacterMissing), null)]
    [TestCase("S00.00", nameof(Icd10CmStatus.SeventhCharacterMissing), null)]
    [TestCase("T22.312Z", nameof(Icd10CmStatus.SeventhCharacterMissing), null)]
    [TestCase("T95.2", nameof(Icd10CmStatus.WhoOnly), null)]
    [TestCase("T95", nameof(Icd10CmStatus.WhoOnly), null)]
    [TestCase("L90.7", nameof(Icd10CmStatus.Unknown), null)]
    [TestCase("1799", nameof(Icd10CmStatus.InvalidFormat), null)]
    [TestCase("L9.05", nameof(Icd10CmStatus.InvalidFormat), null)]
    [TestCase("L90.55555", nameof(Icd10CmStatus.InvalidFormat), null)]
    [TestCase("", nameof(Icd10CmStatus.InvalidFormat), null)]
    public void Codes_are_classified_against_the_official_table(string code, string status, string? description)
    {
        var check = Fy2026.Check(code);

        Assert.That(check.Status, Is.EqualTo(Enum.Parse<Icd10CmStatus>(status)));
        Assert.That(check.Description, Is.EqualTo(description));
    }

    [Test]
    public void A_header_lists_its_billable_children_in_dotted_form()
    {
        var check = Fy2026.Check("L90");

        Assert.That(check.Suggestions, Is.EqualTo(new[] { "L90.0", "L90.1", "L90.2", "L90.3", "L90.4", "L90.5", "L90.6", "L90.8", "L90.9" }));
        Assert.That(check.SuggestionCount, Is.EqualTo(9));
    }

    [Test]
    public void Seventh_character_suggestions_include_the_sequela()
    {
        Assert.That(Fy2026.Check("T22.312").Suggestions, Does.Contain("T22.312S"));
        Assert.That(Fy2026.Check("S00.00").Suggestions, Does.Contain("S00.00XA"));
    }

    [TestCase("2025-10-01", 2026)]
    [TestCase("2026-09-30", 2026)]
    [TestCase("2026-10-01", 2027)]
    [TestCase("2027-09-30", 2027)]
    [TestCase("2027-10-01", 2028)]
    public void Fiscal_year_starts_on_october_1(string date, int fiscalYear)
        => Assert.That(Icd10Cm.FiscalYearOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(fiscalYear));

    [Test]
    public void Code_set_is_chosen_by_the_date_of_service()
    {
        Assert.That(Icd10Cm.ForDate(new DateOnly(2026, 9, 30)).FiscalYear, Is.EqualTo(2026));
        Assert.That(Icd10Cm.ForDate(new DateOnly(2026, 10, 1)).FiscalYear, Is.EqualTo(2027));
        Assert.That(Icd10Cm.ForDate(new DateOnly(2030, 1, 1)).FiscalYear, Is.EqualTo(2027));
    }

    [Test]
    public void Fy2027_applies_the_derived_changes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Fy2026.Count, Is.EqualTo(74_719));
            Assert.That(Fy2027.Count, Is.EqualTo(74_879)); // 74,719 - 15 deleted - 15 now headers + 190 added
            Assert.That(Fy2026.IsBillable("Z68.1"), Is.True);
            Assert.That(Fy2027.Check("Z68.1").Status, Is.EqualTo(Icd10CmStatus.Header)); // billable in FY2026, a header in FY2027
            Assert.That(Fy2027.Check("Z68.1").Suggestions, Does.Contain("Z68.18"));
            Assert.That(Fy2026.IsBillable("Z68.18"), Is.False);
            Assert.That(Fy2027.Describe("D69.11"), Is.EqualTo("Glanzmann thrombasthenia"));
            Assert.That(Fy2027.Describe("L90.5"), Is.EqualTo(Fy2026.Describe("L90.5")));
        });
    }

    [Test]
    public void Tables_load_once_even_when_asked_from_many_threads()
    {
        Parallel.For(0, 64, i => Icd10Cm.ForFiscalYear(2026 + (i % 2)).IsBillable("L90.5"));
        var loads = Icd10Cm.LoadCount;

        Parallel.For(0, 64, i => Icd10Cm.ForDate(new DateOnly(2026, 1 + (i % 12), 1)).Check("L90"));

        Assert.That(loads, Is.EqualTo(2)); // FY2026 and FY2027, once each
        Assert.That(Icd10Cm.LoadCount, Is.EqualTo(loads));
        Assert.That(Icd10Cm.ForFiscalYear(2026), Is.SameAs(Icd10Cm.ForFiscalYear(2025)));
    }

    [Test]
    public void Letters_get_the_official_description_for_the_date_of_service()
    {
        Assert.That(Icd10Cm.Describe("T22.312S", new DateOnly(2026, 12, 7)), Is.EqualTo("Burn of third degree of left forearm, sequela"));
        Assert.That(Icd10Cm.Describe("Z68.1", new DateOnly(2026, 9, 30)), Is.Not.Null);
        Assert.That(Icd10Cm.Describe("Z68.1", new DateOnly(2026, 10, 1)), Is.Null);
    }

    [Test]
    public void The_table_is_an_ordinal_dictionary_in_code_order()
    {
        var codes = Fy2026.Codes;
        Assert.Multiple(() =>
        {
            Assert.That(codes["L905"], Is.EqualTo("Scar conditions and fibrosis of skin"));
            Assert.That(codes.ContainsKey("l905"), Is.False, "keys are ordinal; IsBillable and Check normalize first");
            Assert.That(codes.ContainsKey("L90"), Is.False, "a header is not a key");
            Assert.That(codes.ContainsKey(""), Is.False);
            Assert.That(codes.ContainsKey("L9050000"), Is.False, "longer than any code");
            Assert.That(codes.TryGetValue("L90.5", out _), Is.False, "keys have no dot");
            Assert.That(() => codes["L90"], Throws.InstanceOf<KeyNotFoundException>());
            Assert.That(codes.Keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(codes.Keys.Count(), Is.EqualTo(codes.Count));
            Assert.That(codes.Keys.Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(codes.Count));
            Assert.That(codes.First(), Is.EqualTo(new KeyValuePair<string, string>("A000", "Cholera due to Vibrio cholerae 01, biovar cholerae")));
            Assert.That(Fy2026.StartingWith("L90"), Is.EqualTo(new[] { "L900", "L901", "L902", "L903", "L904", "L905", "L906", "L908", "L909" }));
            Assert.That(Fy2026.StartingWith("L905"), Is.Empty, "a billable code has no longer codes below it");
            Assert.That(Fy2027.Describe("Z68.18"), Is.Not.Null, "added in FY2027");
            Assert.That(Fy2027.Codes.Keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        });
    }

    [TestCase("L57")]
    [TestCase("L81.4")]
    [TestCase("L90.6")]
    [TestCase("L57.0")]
    [TestCase("L70.0")]
    public void Codes_named_in_the_domain_notes_exist(string code)
        => Assert.That(Fy2026.Check(code).Status, Is.AnyOf(Icd10CmStatus.Billable, Icd10CmStatus.Header));
}

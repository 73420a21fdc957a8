using PreAuthKit.Codes;

namespace PreAuthKit.Tests.Codes;

/// <summary>The convention predicates against the official FY2026 titles.</summary>
public class Icd10CmConventionsTests
{
    [TestCase("L99", true)]    // Other disorders of skin and subcutaneous tissue in diseases classified elsewhere
    [TestCase("L14", true)]    // Bullous disorders in diseases classified elsewhere
    [TestCase("D63.8", true)]  // Anemia in other chronic diseases classified elsewhere
    [TestCase("G47.27", true)] // Circadian rhythm sleep disorder in conditions classified elsewhere
    [TestCase("G70.81", true)] // Lambert-Eaton syndrome in disease classified elsewhere
    [TestCase("M36.4", true)]  // Arthropathy in hypersensitivity reactions classified elsewhere
    [TestCase("B95.62", false)] // MRSA infection as the cause of diseases classified elsewhere: not a manifestation
    [TestCase("N52.1", false)] // Erectile dysfunction due to diseases classified elsewhere: "due to", follows its code-first note
    [TestCase("L90.5", false)]
    public void Manifestations_are_recognised_by_their_official_title(string code, bool manifestation)
    {
        var title = Icd10Cm.ForFiscalYear(2026).Describe(code);

        Assert.That(title, Is.Not.Null);
        Assert.That(Icd10CmConventions.IsManifestation(title), Is.EqualTo(manifestation), title);
    }

    [Test]
    public void Every_title_reading_in_something_classified_elsewhere_is_a_manifestation()
    {
        var table = Icd10Cm.ForFiscalYear(2026);
        var elsewhere = table.Codes.Where(c => c.Value.Contains("classified elsewhere", StringComparison.OrdinalIgnoreCase)).ToList();
        bool ReadsIn(string title) => System.Text.RegularExpressions.Regex.IsMatch(title, @"\bin\b[^,]*classified elsewhere") && !title.Contains("as the cause of", StringComparison.Ordinal);

        Assert.That(elsewhere.Where(c => ReadsIn(c.Value) && !Icd10CmConventions.IsManifestation(c.Value)).Select(c => c.Key), Is.Empty);
        Assert.That(elsewhere.Count(c => Icd10CmConventions.IsManifestation(c.Value)), Is.GreaterThan(250));
        Assert.That(elsewhere.Where(c => c.Key[..3] is "B95" or "B96" or "B97").Select(c => c.Value), Is.Not.Empty.And.None.Matches<string>(Icd10CmConventions.IsManifestation));
    }

    [TestCase("V00.01XA", true)]
    [TestCase("Y93.89", true)]
    [TestCase("X10.0XXS", true)]
    [TestCase("T22.312S", false)]
    [TestCase("Z85.828", false)]
    public void External_causes_are_chapter_20(string code, bool expected) => Assert.That(Icd10CmConventions.IsExternalCause(code), Is.EqualTo(expected));

    [TestCase("T22.312S", true)]
    [TestCase("X10.0XXS", true)]
    [TestCase("L90.5", false)]
    [TestCase("T22.312A", false)]
    public void Sequela_is_the_7th_character_S(string code, bool expected) => Assert.That(Icd10CmConventions.IsSequela(code), Is.EqualTo(expected));

    [TestCase("Atrophic acne scars of both cheeks", true)]
    [TestCase("post-acne scarring", true)]
    [TestCase("Rolling scars from acne on the cheeks", true)]
    [TestCase("Acne vulgaris with active pustules", false)]
    [TestCase("Folliculitis keloidalis nuchae", false)]
    [TestCase("Scar after burn; history of acne", false)]
    public void Acne_scar_narratives_are_recognised(string text, bool expected) => Assert.That(Icd10CmConventions.MentionsAcneScars(text), Is.EqualTo(expected));

    [TestCase("T21.22S", "T21.22XS")]
    [TestCase("T20.00A", "T20.00XA")]
    [TestCase("X10.0S", "X10.0XXS")]
    public void Missing_placeholder_is_corrected(string input, string corrected)
    {
        var check = Icd10Cm.ForFiscalYear(2026).Check(input);

        Assert.That(check.Status, Is.EqualTo(Icd10CmStatus.PlaceholderMissing));
        Assert.That(check.Suggestions, Is.EqualTo(new[] { corrected }));
    }

    [Test]
    public void A_code_that_is_merely_unknown_stays_unknown() => Assert.That(Icd10Cm.ForFiscalYear(2026).Check("L90.7").Status, Is.EqualTo(Icd10CmStatus.Unknown));
}

using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Codes;

/// <summary>The coding and deadline settings survive the generator's copy of its options, and bad values are refused when it is built.</summary>
public class CodingOptionsTests
{
    [Test]
    public void Coding_and_deadline_settings_reach_the_rules_through_the_generator()
    {
        var sample = TestCases.BurnScarForearm();
        var @case = sample.Case with
        {
            Procedures = [sample.Case.Procedures[0] with { Code = "99999", Modifiers = ["ZZ"], Units = 70 }],
            Diagnoses = [new Diagnosis { Code = "Z85.828", Primary = true }, new Diagnosis { Code = "L90.5" }],
            Appeal = new Appeal { ClaimNumber = "CLM-1", DenialCode = "CO-50", DenialDate = new DateOnly(2026, 5, 20) },
        };

        var defaults = TestCases.Generator().Validate(sample with { Case = @case });
        var configured = TestCases.Generator(o =>
        {
            o.Validation.AddOnPrimaryCodes["99999"] = ["99998"];
            o.Validation.KnownModifiers.Add("ZZ");
            o.Validation.MaxPlausibleUnits = 80;
            o.Validation.SuppressedWarnings.Add("PAK-DX-021");
            o.Validation.AppealDeadlines.ReceiptPresumptionDays = 5;
        }).Validate(sample with { Case = @case });

        Assert.That(defaults.Findings.Select(f => f.Code), Is.SupersetOf(new[] { "PAK-CPT-014", "PAK-CPT-013", "PAK-DX-021", "PAK-APL-007" }));
        Assert.That(configured.Findings.Select(f => f.Code), Has.Member("PAK-CPT-011").And.No.Member("PAK-CPT-014").And.No.Member("PAK-CPT-013").And.No.Member("PAK-DX-021").And.No.Member("PAK-APL-007"),
            () => string.Join("\n", configured.Findings));
    }

    [Test]
    public void Out_of_range_coding_settings_are_refused_when_the_generator_is_built()
    {
        Assert.Catch(() => TestCases.Generator(o => o.Validation.MaxPlausibleUnits = 0));
        Assert.Catch(() => TestCases.Generator(o => o.Validation.AppealDeadlines.ReceiptPresumptionDays = -1));
    }
}

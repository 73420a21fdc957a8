using PreAuthKit.Model;
using PreAuthKit.Tests.Generation;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.ViewModels;

/// <summary>A diagnosis without a description prints the official ICD-10-CM description for the date of service.</summary>
public class DiagnosisDescriptionTests
{
    [Test]
    public async Task Empty_descriptions_print_the_official_icd10cm_descriptions()
    {
        var sample = TestCases.BurnScarForearm();
        var bare = sample with { Case = sample.Case with { Diagnoses = [.. sample.Case.Diagnoses.Select(d => d with { Description = d.Code == "L91.0" ? "  " : null })] } };

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(bare);

        var text = PdfText.Of(document);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Scar conditions and fibrosis of skin"));
            Assert.That(text, Does.Contain("Hypertrophic scar"));
            Assert.That(text, Does.Contain("Burn of third degree of left forearm, sequela"));
        });
    }

    [Test]
    public void A_description_in_the_case_wins_over_the_official_one()
    {
        var sample = TestCases.BurnScarForearm();
        var own = sample with { Case = sample.Case with { Diagnoses = [sample.Case.Diagnoses[0] with { Description = "Burn scar in clinic wording" }, .. sample.Case.Diagnoses.Skip(1)] } };

        var run = TestCases.Generator().Pipeline.RenderPreAuthorization(own, default);

        Assert.That(run.Markdown, Does.Contain("Burn scar in clinic wording"));
        Assert.That(run.Markdown, Does.Not.Contain("Scar conditions and fibrosis of skin"));
    }

    // L02.232 was revised for FY2027 (October 2026): "... except buttock]" became "... except buttock and flank]".
    [TestCase("2026-12-07", "2026-11-20", "and flank")]
    [TestCase("2026-09-14", "2026-09-01", "except buttock\\]")]
    [TestCase(null, "2026-09-01", "except buttock\\]")]
    [TestCase(null, "2026-11-20", "and flank")]
    public void Description_follows_the_fiscal_year_of_the_date_of_service(string? procedureStart, string submittedOn, string expected)
    {
        var sample = TestCases.BurnScarForearm();
        var @case = sample.Case with
        {
            SubmittedOn = DateOnly.Parse(submittedOn, System.Globalization.CultureInfo.InvariantCulture),
            Diagnoses = [new Diagnosis { Code = "L02.232", Primary = true }],
            Procedures = [sample.Case.Procedures[0] with { StartDate = procedureStart is null ? null : DateOnly.Parse(procedureStart, System.Globalization.CultureInfo.InvariantCulture), EndDate = null }],
        };

        var model = PreAuthKit.ViewModels.LetterModelBuilder.ForPreAuthorization(Assessments.For(@case));

        var diagnoses = (Scriban.Runtime.ScriptArray)model.Script["diagnoses"]!;
        var description = (string)((Scriban.Runtime.ScriptObject)diagnoses[0]!)["description"]!;
        Assert.That(description, Does.StartWith("Carbuncle of back"));
        Assert.That(description, expected == "and flank" ? Does.Contain("and flank") : Does.EndWith(expected).And.Not.Contain("flank"));
    }
}

using System.Text.RegularExpressions;
using PreAuthKit.CaseFiles;
using PreAuthKit.Policies;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PreAuthKit.Tests.Policies;

/// <summary>The letter names the policy on page 1, answers every criterion in order, and every page reference is right (read back from the PDF).</summary>
public partial class CriteriaCrosswalkTests
{
    [Test]
    public void The_burn_scar_request_names_the_policy_on_page_1_and_meets_every_criterion()
    {
        var run = PolicyCases.Render(TestCases.BurnScarForearm());
        var pages = PageTexts(run.Pdf);

        Assert.That(run.Policy, Is.Not.Null);
        Assert.That(run.Policy!.Criteria.Select(c => (c.Criterion.Id, c.Status)), Has.All.Matches<(string, CriterionStatus)>(c => c.Item2 == CriterionStatus.Met));
        Assert.That(run.Report.Findings.Where(f => f.Code.StartsWith("PAK-POL", StringComparison.Ordinal)).Select(f => (f.Code, f.Severity)), Is.EqualTo(new[] { ("PAK-POL-108", FindingSeverity.Info) }), "only the note that the pack is an example");
        Assert.That(Strip(pages[0]), Does.Contain("Medicalpolicycriteria").And.Contain("EXHP-MP-SCAR-01").And.Contain(Strip("Treatment of Hypertrophic and Burn Scars (example)")));
        Assert.That(Strip(pages[0]), Does.Contain(Strip("C1. The diagnosis is a scar condition")));
    }

    [Test]
    public void Every_page_reference_in_the_letter_points_to_a_page_that_holds_the_evidence()
    {
        var run = PolicyCases.Render(TestCases.BurnScarForearm());
        var pages = PageTexts(run.Pdf);
        var references = run.Policy!.Criteria.SelectMany(c => c.Evidence).ToList();

        Assert.That(references, Has.Count.GreaterThanOrEqualTo(run.Policy.Criteria.Count));
        Assert.That(run.EvidencePages!.Keys, Is.EquivalentTo(references), "every piece of evidence was found in the letter");
        Assert.Multiple(() =>
        {
            foreach (var evidence in references)
            {
                var location = run.EvidencePages[evidence];
                var page = pages[location.Page - 1];
                Assert.That(Strip(page), Does.Contain(Strip(evidence.Anchor)).IgnoreCase, $"page {location.Page} holds '{evidence.Summary}'");
                var sectionStartsHereOrBefore = pages.Take(location.Page).Any(p => Strip(p).Contains(Strip(location.Section), StringComparison.OrdinalIgnoreCase));
                Assert.That(sectionStartsHereOrBefore, Is.True, $"section '{location.Section}' starts on or before page {location.Page}");
                Assert.That(run.Markdown, Does.Contain(Escaped($"p. {location.Page}, {location.Section}")), "the letter prints the page it found");
            }
        });
    }

    [Test]
    public void The_printed_page_numbers_are_those_of_the_final_layout()
    {
        var run = PolicyCases.Render(TestCases.BurnScarForearm());

        var again = PolicyPageLocator.Locate(run.Layout, run.Policy!);

        Assert.That(PolicyPageLocator.Same(again, run.EvidencePages!), Is.True, "the second pass changed nothing: the references are stable");
        var printed = PrintedReferences().Matches(string.Join(" ", PageTexts(run.Pdf).Take(2))).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(printed, Is.Not.Empty);
        Assert.That(printed, Has.All.InRange(1, run.Layout.Pages.Count));
        Assert.That(printed, Has.None.EqualTo(0));
        Assert.That(string.Join(" ", PageTexts(run.Pdf)), Does.Not.Contain("p. ?"));
    }

    [Test]
    public void The_body_answers_the_criteria_in_the_policys_order()
    {
        var run = PolicyCases.Render(TestCases.BurnScarForearm());
        var text = Strip(string.Join(" ", PageTexts(run.Pdf)));
        var argument = text.LastIndexOf(Strip("How the request meets the policy criteria"), StringComparison.Ordinal);

        var positions = run.Policy!.Pack.Criteria.Select(c => text.IndexOf(Strip($"{c.Id}. {c.Text}"), argument, StringComparison.Ordinal)).ToList();

        Assert.That(argument, Is.GreaterThan(0));
        Assert.That(positions, Has.All.GreaterThan(argument));
        Assert.That(positions, Is.Ordered);
    }

    [Test]
    public void A_case_missing_a_criterion_shows_it_as_not_met_and_draws_the_finding()
    {
        var caseFile = CaseFileReader.Load(RepoPaths.SampleCase("policy-short-conservative-care.json"));

        var run = PolicyCases.Render(caseFile);
        var text = string.Join(" ", PageTexts(run.Pdf));

        var notMet = run.Policy!.Criteria.Where(c => c.Status != CriterionStatus.Met).ToList();
        Assert.That(notMet.Select(c => (c.Criterion.Id, c.Status)), Is.EqualTo(new[] { ("C4", CriterionStatus.NotMet) }));
        var finding = run.Report.Findings.Single(f => f.Code == "PAK-POL-101");
        Assert.That(finding.Severity, Is.EqualTo(FindingSeverity.Warning));
        Assert.That(finding.Message, Does.Contain("C4").And.Contain("6 months"));
        Assert.That(text, Does.Contain("Not met"));
        Assert.That(run.Model.Gate.IsDraft, Is.True, "a criterion not met keeps the letter a draft");
        Assert.That(text, Does.Contain("DRAFT \u2014 NOT FOR SUBMISSION"));
    }

    [Test]
    public void The_complete_request_with_every_criterion_met_is_not_a_draft()
    {
        var run = PolicyCases.Render(TestCases.BurnScarForearm());

        Assert.That(run.Model.Gate.Missing, Is.Empty);
        Assert.That(run.Model.Gate.IsDraft, Is.False);
        Assert.That(string.Join(" ", PageTexts(run.Pdf)), Does.Not.Contain("Not met").And.Not.Contain("DRAFT"));
    }

    [Test]
    public async Task Under_strict_validation_a_criterion_not_met_blocks_the_letter()
    {
        var caseFile = CaseFileReader.Load(RepoPaths.SampleCase("policy-short-conservative-care.json"));
        var generator = PolicyCases.Generator(strict: true);

        var report = generator.Validate(caseFile);
        var refused = (await Assert.ThrowsAsync<CaseValidationException>(() => generator.RenderPreAuthorizationAsync(caseFile)))!;

        Assert.That(report.Errors.Select(f => f.Code), Does.Contain("PAK-POL-101"));
        Assert.That(refused.Report.Errors.Select(f => f.Code), Does.Contain("PAK-POL-101"));
    }

    [Test]
    public void An_appeal_answers_the_criterion_the_denial_cited_first()
    {
        var sample = CaseFileReader.Load(RepoPaths.SampleCase("appeal-co50-medical-necessity.json"));
        var caseFile = sample with { Case = sample.Case with { Policy = new Model.CasePolicy { CitedCriteria = ["C4"] } } };

        var run = PolicyCases.Render(caseFile, appeal: true);
        var text = Strip(string.Join(" ", PageTexts(run.Pdf)));
        var table = text.IndexOf(Strip("Medical policy criteria"), StringComparison.Ordinal);
        var argument = text.LastIndexOf(Strip("How the request meets the policy criteria"), StringComparison.Ordinal);

        Assert.That(run.Policy!.Criteria[0].Criterion.Id, Is.EqualTo("C4"));
        Assert.That(text.IndexOf(Strip("C4. Conservative treatment"), table, StringComparison.Ordinal), Is.LessThan(text.IndexOf(Strip("C1. The diagnosis"), table, StringComparison.Ordinal)));
        Assert.That(text.IndexOf(Strip("C4. Conservative treatment"), argument, StringComparison.Ordinal), Is.LessThan(text.IndexOf(Strip("C1. The diagnosis"), argument, StringComparison.Ordinal)));
        Assert.That(argument, Is.LessThan(text.IndexOf(Strip("Response to the denial, point by point"), StringComparison.Ordinal)), "the policy's criteria come before the generic points");
    }

    [Test]
    public void Without_a_matching_pack_the_letter_is_unchanged()
    {
        var withOtherPacks = PolicyCases.Render(TestCases.BurnScarForearm() with { Case = TestCases.BurnScarForearm().Case with { Payer = TestCases.BurnScarForearm().Case.Payer with { PayerId = "OTHER" } } });
        var withoutPacks = PolicyCases.Render(TestCases.BurnScarForearm() with { Case = TestCases.BurnScarForearm().Case with { Payer = TestCases.BurnScarForearm().Case.Payer with { PayerId = "OTHER" } } }, PolicyLibrary.Empty);

        Assert.That(withOtherPacks.Policy, Is.Null);
        Assert.That(withOtherPacks.Pdf, Is.EqualTo(withoutPacks.Pdf));
        Assert.That(string.Join(" ", PageTexts(withOtherPacks.Pdf)), Does.Not.Contain("Medical policy"));
    }

    [Test]
    public void A_case_naming_its_policy_uses_that_pack_and_a_missing_one_is_a_finding()
    {
        var sample = TestCases.BurnScarForearm();
        var named = sample with { Case = sample.Case with { Policy = new Model.CasePolicy { Id = "cg-surg-31" } } };
        var unknown = sample with { Case = sample.Case with { Policy = new Model.CasePolicy { Id = "NOPE-1" } } };
        var generator = PolicyCases.Generator();

        var namedPolicy = generator.Assess(named).Policy;
        var unknownReport = generator.Validate(unknown);

        Assert.That(namedPolicy!.Pack.PolicyId, Is.EqualTo("CG-SURG-31"));
        Assert.That(generator.Validate(named).Findings.Select(f => f.Code), Does.Contain("PAK-POL-106"), "the named pack belongs to another payer id");
        Assert.That(generator.Assess(unknown).Policy, Is.Null);
        Assert.That(unknownReport.Findings.Single(f => f.Code == "PAK-POL-103").Path, Is.EqualTo("policy.id"));
    }

    [Test]
    public void The_same_case_and_pack_render_the_same_bytes()
    {
        var first = PolicyCases.Render(TestCases.BurnScarForearm());
        var second = PolicyCases.Render(TestCases.BurnScarForearm());

        Assert.That(first.Pdf, Is.EqualTo(second.Pdf));
    }

    internal static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page, addDoubleNewline: false)).ToList();
    }

    internal static string Strip(string text) => Whitespace().Replace(text, "");

    private static string Escaped(string text) => PreAuthKit.ViewModels.MarkdownText.Escape(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"p\. (\d+),")]
    private static partial Regex PrintedReferences();
}

using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Generation;

public class AppealLetterTests
{
    [Test]
    public async Task Sample_appeal_prints_claim_code_level_deadline_and_requests()
    {
        var document = await TestCases.Generator().RenderAppealAsync(AppealCases.Sample());
        var text = PdfText.Of(document);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("First-Level Internal Appeal"));
            Assert.That(text, Does.Contain("EXHP-PA-2026-000731"));
            Assert.That(text, Does.Contain("CO-50"));
            Assert.That(text, Does.Contain("First-level internal appeal"));
            Assert.That(text, Does.Contain("11/23/2026"), "denial notice date");
            Assert.That(text, Does.Contain("05/22/2027"), "180 days after the denial notice");
            Assert.That(text, Does.Contain("Met: filed 11/25/2026, 178 days before the deadline"));
            Assert.That(text, Does.Contain("considered cosmetic and not medically necessary"), "denial reason as written");
            Assert.That(text, Does.Contain("A peer-to-peer conversation is requested"));
            Assert.That(text, Does.Not.Contain("Expedited review is requested"));
            Assert.That(text, Does.Contain("Goniometry report of the left wrist"), "new evidence");
            Assert.That(document.Deadline!.IsMet, Is.True);
            Assert.That(document.Checklist[ChecklistKeys.DenialNotice]!.Status, Is.EqualTo(ChecklistStatus.Present));
            Assert.That(document.Checklist[ChecklistKeys.NewEvidence]!.Status, Is.EqualTo(ChecklistStatus.Present));
        });
    }

    [TestCase("CO-50", "1. The diagnoses", "Conservative treatment was tried")]
    [TestCase("CO-197", "The authorization request", "The services were medically necessary")]
    [TestCase("CO-198", "The authorization on file", "The additional services are medically necessary")]
    [TestCase("CO-55", "The treatment is not experimental for this condition", "Evidence that the treatment is effective")]
    [TestCase("PR-56", "The treatment is not experimental for this condition", "Why it is the appropriate treatment for this patient")]
    [TestCase("CO-96", "The service treats a medical condition", "The plan covers medically necessary treatment of this condition")]
    [TestCase("CO-16", "Response to the stated reason", "The record establishes medical necessity")]
    public async Task Point_by_point_answer_follows_the_denial_category(string code, string firstHeading, string secondHeading)
    {
        var document = await TestCases.Generator().RenderAppealAsync(AppealCases.With(AppealLevel.FirstInternal, code));
        var text = PdfText.Of(document);

        Assert.That(text, Does.Contain(firstHeading).And.Contain(secondHeading).And.Contain(code));
        string[] otherCategories = ["1. The diagnoses", "The authorization request", "The authorization on file", "The treatment is not experimental", "The service treats a medical condition", "Response to the stated reason"];
        Assert.That(otherCategories.Count(text.Contains), Is.EqualTo(1), "exactly one category's argument is printed");
    }

    [TestCase(AppealLevel.FirstInternal)]
    [TestCase(AppealLevel.SecondInternal)]
    [TestCase(AppealLevel.ExternalReview)]
    [TestCase(AppealLevel.MedicareRedetermination)]
    public async Task Appeal_level_snapshot(AppealLevel level)
    {
        var document = await TestCases.Generator().RenderAppealAsync(AppealCases.With(level, "CO-50"));

        Snapshot.Approve(PdfTextDump.Dump(document.Pdf.Span), $"AppealLetterTests.Level_{level}");
    }

    [Test]
    public async Task Medicare_advantage_reconsideration_snapshot()
    {
        var document = await TestCases.Generator().RenderAppealAsync(AppealCases.MedicareAdvantage());

        Snapshot.Approve(PdfTextDump.Dump(document.Pdf.Span), "AppealLetterTests.Level_MedicareAdvantageReconsideration");
    }

    [TestCase("CO-50", "MedicalNecessity")]
    [TestCase("CO-197", "AuthorizationAbsent")]
    [TestCase("CO-198", "AuthorizationExceeded")]
    [TestCase("CO-56", "ExperimentalOrUnproven")]
    [TestCase("CO-96", "NonCovered")]
    [TestCase("OA-23", "Other")]
    public async Task Denial_category_snapshot(string code, string category)
    {
        var document = await TestCases.Generator().RenderAppealAsync(AppealCases.With(AppealLevel.FirstInternal, code));

        Snapshot.Approve(PdfTextDump.Dump(document.Pdf.Span), $"AppealLetterTests.Category_{category}");
    }

    [Test]
    public async Task Level_changes_title_and_deadline_rule()
    {
        var generator = TestCases.Generator();
        var external = PdfText.Of(await generator.RenderAppealAsync(AppealCases.With(AppealLevel.ExternalReview, "CO-50")));
        var medicare = PdfText.Of(await generator.RenderAppealAsync(AppealCases.With(AppealLevel.MedicareRedetermination, "CO-50")));

        Assert.That(external, Does.Contain("Request for External Review").And.Contain("independent review organization").And.Contain("Attestation of urgency"));
        Assert.That(external, Does.Contain("4 months from the final internal denial (external review, IL)"));
        Assert.That(medicare, Does.Contain("Request for Medicare Redetermination").And.Contain("CMS-20027").And.Contain("120 days from receipt"));
    }

    [Test]
    public async Task Late_appeal_is_refused_with_the_deadline_finding()
    {
        var sample = AppealCases.Sample();
        var late = sample with { Case = sample.Case with { Appeal = sample.Case.Appeal! with { DenialDate = new DateOnly(2026, 3, 2) } } };

        var exception = await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator().RenderAppealAsync(late));

        Assert.That(exception!.Report.Errors.Select(f => (f.Code, f.Path)), Does.Contain(("PAK-APL-007", "appeal.denialDate")));
    }

    [Test]
    public async Task Appeal_without_an_appeal_section_is_refused_with_a_finding()
    {
        var exception = await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator().RenderAppealAsync(TestCases.BurnScarForearm()));

        Assert.That(exception!.Report.Errors.Select(f => (f.Code, f.Path)), Does.Contain(("PAK-APL-012", "appeal")));
    }
}

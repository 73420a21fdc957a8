using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;
using PreAuthKit.ViewModels;

namespace PreAuthKit.Tests.Generation;

/// <summary>
/// What a payer's reviewer checks, read back from the PDF (PdfPig) for every sample: page 1 carries
/// the identifiers fax intake indexes on, each level uses its own terms and addressee, a complete
/// letter never prints "missing", drafts are stamped on every page, boilerplate never claims what
/// the record lacks.
/// </summary>
public class LetterContentTests
{
    private static IEnumerable<TestCaseData> Samples()
        => Directory.GetFiles(RepoPaths.SampleCases, "*.json").Select(Path.GetFileName).Where(n => n != "late-appeal.json").Order(StringComparer.Ordinal)
            .Select(n => new TestCaseData(n).SetArgDisplayNames(n!));

    private static async Task<(PreAuthCase Case, RenderedDocument Document, IReadOnlyList<string> Pages)> Render(string name, Action<PreAuthGeneratorOptions>? configure = null)
    {
        var caseFile = CaseFileReader.Load(RepoPaths.SampleCase(name));
        var generator = TestCases.Generator(configure);
        var document = caseFile.Case.Appeal is null ? await generator.RenderPreAuthorizationAsync(caseFile) : await generator.RenderAppealAsync(caseFile);
        return (caseFile.Case, document, PdfText.Pages(document));
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Page_one_carries_the_identifiers_services_and_diagnoses(string name)
    {
        var (@case, _, pages) = await Render(name);
        var first = pages[0];

        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Contain("Re:"));
            Assert.That(first, Does.Contain($"{@case.Patient.FirstName} {@case.Patient.LastName}"));
            Assert.That(first, Does.Contain(@case.Patient.DateOfBirth.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(first, Does.Contain(@case.Patient.MemberId));
            Assert.That(first, Does.Contain(@case.Payer.PlanType == PlanType.Medicare ? "Medicare number" : "Member ID"));
            if (@case.Appeal is { } appeal)
            {
                Assert.That(first, Does.Contain(appeal.ClaimNumber), "claim or reference number");
            }

            foreach (var procedure in @case.Procedures)
            {
                Assert.That(first, Does.Contain(procedure.Code), "service code on page 1");
            }

            foreach (var diagnosis in @case.Diagnoses)
            {
                Assert.That(first, Does.Contain(diagnosis.Code), "diagnosis code on page 1");
            }
        });
    }

    [TestCaseSource(nameof(Samples))]
    public async Task Missing_appears_only_in_drafts_and_drafts_are_stamped_on_every_page(string name)
    {
        var (_, document, pages) = await Render(name);
        var text = string.Join(" ", pages);
        var isDraft = pages.Any(p => p.Contains(DraftGate.Stamp, StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            if (isDraft)
            {
                Assert.That(pages, Has.All.Contains(DraftGate.Stamp), "every page of a draft is stamped");
                Assert.That(text, Does.Contain("For the clinic: complete before submission"));
            }
            else
            {
                Assert.That(text, Does.Not.Contain("missing").IgnoreCase, "a complete letter never lists gaps");
                Assert.That(text, Does.Not.Contain("For the clinic"));
            }

            Assert.That(text, Does.Not.Contain("photograph(s)").And.Not.Contain("day(s)"));
            Assert.That(text, Does.Not.Contain("CPT descriptor text"));
            Assert.That(text, Does.Not.Contain("Item Value"), "key/value tables carry no header row");
        });
        Assert.That(isDraft, Is.EqualTo(name is "acne-scars-cosmetic.json" or "incomplete-documentation.json"), "only the acne and incomplete samples are drafts");
        Assert.That(document.Report.IsBlocking, Is.False);
    }

    [Test]
    public async Task Acne_request_claims_no_function_and_lists_its_gaps_for_the_clinic()
    {
        var (_, _, pages) = await Render("acne-scars-cosmetic.json");
        var text = string.Join(" ", pages);

        Assert.That(text, Does.Not.Contain("restore the function").And.Not.Contain("restore function, not"));
        Assert.That(text, Does.Contain("Functional impairment stated plainly"), "the gap is named in the clinic section");
        Assert.That(text.IndexOf("Functional impairment stated plainly", StringComparison.Ordinal), Is.GreaterThan(text.IndexOf("For the clinic", StringComparison.Ordinal)));
        Assert.That(text, Does.Contain("Cosmetic-risk"));
    }

    [Test]
    public async Task Incomplete_request_never_certifies_enclosures_and_prints_no_empty_sections()
    {
        var (@case, _, pages) = await Render("incomplete-documentation.json");
        var text = string.Join(" ", pages);
        var payerCopy = text[..text.IndexOf("For the clinic", StringComparison.Ordinal)];

        Assert.That(payerCopy, Does.Not.Contain("missing").IgnoreCase);
        if (@case.Attachments.Count == 0 && @case.Photos.Count == 0)
        {
            Assert.That(payerCopy, Does.Not.Contain("enclosed"), "nothing enclosed, nothing certified as enclosed");
        }

        Assert.That(payerCopy, Does.Not.Contain("Treatment plan Documentation"), "no empty heading");
    }

    [Test]
    public async Task Strict_mode_refuses_a_draft_with_PAK_LTR_001()
    {
        var sample = TestCases.BurnScarForearm();
        var draft = sample with { Case = sample.Case with { Procedures = [sample.Case.Procedures[0] with { ComparableCode = null }] } };

        var exception = await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator(o => o.Validation.Strict = true).RenderPreAuthorizationAsync(draft));

        Assert.That(exception!.Report.Errors.Select(f => f.Code), Does.Contain("PAK-LTR-001"));
        Assert.That(exception.Report.Errors.Single(f => f.Code == "PAK-LTR-001").Message, Does.Contain("comparableCode").And.Not.Contain("Jordan"));
        var lenient = await TestCases.Generator().RenderPreAuthorizationAsync(draft);
        Assert.That(PdfText.Pages(lenient), Has.All.Contains(DraftGate.Stamp));
    }

    [TestCase("medicare-redetermination.json", "Request for Medicare Redetermination", "Example Medicare Administrative Contractor, Jurisdiction 0, Redeterminations", new[] { "Medicare number", "CMS-20027", "42 CFR 405.906(b)", "60 calendar days" }, new[] { "Member ID", "the plan's reviewing physician", "First-Level" })]
    [TestCase("medicare-advantage-reconsideration.json", "Request for Reconsideration (Medicare Advantage)", "Example Medicare Advantage Plan, Medicare Advantage Appeals (Reconsiderations)", new[] { "organization determination", "42 CFR 422.578", "42 CFR 422.590(h)(2)", "30 calendar days" }, new[] { "First-Level Internal Appeal", "Medicare number" })]
    [TestCase("second-level-appeal.json", "Second-Level Internal Appeal", "Example Health Plan, Appeals Department", new[] { "first-level appeal, dated 11/05/2026, upheld", "Copy of the first-level appeal decision dated 11/05/2026", "Tex. Ins. Code §4201.356", "same or a similar specialty" }, new[] { "the first-level appeal upheld the denial" })]
    [TestCase("external-review-request.json", "Request for External Review", "Illinois Department of Insurance", new[] { "final internal adverse determination dated 09/30/2026", "Copy of the plan's final internal adverse determination dated 09/30/2026", "ask the independent reviewer to overturn", "45 calendar days" }, new[] { "Appeals Department", "the services authorized" })]
    [TestCase("appeal-co50-medical-necessity.json", "First-Level Internal Appeal", "Example Health Plan, Appeals Department", new[] { "29 CFR 2560.503-1(h)(2)(iii)", "Direct line", "(555) 010-2000 ext. 214", "Designation of authorized representative" }, new[] { "documented and correctly coded" })]
    public async Task Each_level_has_its_terms_and_addressee(string name, string title, string addressee, string[] present, string[] absent)
    {
        var (_, _, pages) = await Render(name);
        var text = string.Join(" ", pages);

        Assert.Multiple(() =>
        {
            Assert.That(pages[0], Does.Contain(title));
            Assert.That(pages[0], Does.Contain("To " + addressee), "addressee on page 1");
            foreach (var item in present)
            {
                Assert.That(text, Does.Contain(item), item);
            }

            foreach (var item in absent)
            {
                Assert.That(text, Does.Not.Contain(item), item);
            }
        });
    }

    [TestCase("appeal-co197-original-request.json", "08/20/2026", "the payer's provider portal", "EXHP portal request 2026-0820-55731")]
    [TestCase("appeal-co197-no-authorization.json", "08/28/2026", "fax", "Fax confirmation 0828-4471")]
    public async Task Authorization_appeal_builds_on_the_original_request_and_concedes_nothing(string name, string requested, string channel, string reference)
    {
        var (_, _, pages) = await Render(name);
        var text = string.Join(" ", pages);

        Assert.That(text, Does.Contain($"Authorization was requested before the service: the request was sent on {requested} by {channel}, reference {reference}, before the date of service 09/14/2026"));
        Assert.That(text, Does.Not.Contain("No authorization was obtained").And.Not.Contain("had it been requested on time"));
        Assert.That(pages[0], Does.Contain("date of service 09/14/2026").And.Not.Contain("09/14/2026 to 03/31/2027"), "a one-date claim prints its date, not the prospective range");
    }

    [Test]
    public async Task Urgent_request_attests_urgency_with_its_time_and_the_72_hour_turnaround()
    {
        var (_, _, pages) = await Render("urgent-multi-service-request.json");
        var text = string.Join(" ", pages);

        Assert.That(pages[0], Does.Contain("Attestation of urgency"));
        Assert.That(text, Does.Contain("sent on 11/20/2026 at 09:30").And.Contain("within 72 hours of receipt, by 11/23/2026 at 09:30"));
        Assert.That(text, Does.Contain("CMS-0057-F"));
        Assert.That(pages[0], Does.Contain("0479T").And.Contain("0480T").And.Contain("J3301"));
    }

    [Test]
    public async Task Request_prints_the_baseline_and_target_table()
    {
        var (_, _, pages) = await Render("burn-scar-forearm.json");
        var text = string.Join(" ", pages);

        Assert.That(text, Does.Contain("Objective measurements: baseline and target"));
        Assert.That(text, Does.Contain("9 points (0-13) on 11/02/2026"));
        Assert.That(text, Does.Contain("40 degrees on 11/02/2026"));
        Assert.That(text, Does.Contain("Comparable listed code for pricing: 15786"));
    }
}

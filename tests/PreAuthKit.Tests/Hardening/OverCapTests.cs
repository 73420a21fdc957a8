using System.Globalization;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// Issue 11, limits: one over a cap is refused with PAK-CAP-001/002 naming the field and the cap;
/// the huge lists of the report (10,000 procedures, 1,500 photos, 5,000 arguments) are refused the
/// same way instead of ending in a template loop-limit error. On the old main these rendered
/// (losing content) or failed with an uncoded template error.
/// </summary>
public class OverCapTests
{
    private static readonly PreAuthCase Sample = TestCases.BurnScarForearm().Case;

    private static IEnumerable<TestCaseData> OverCap()
    {
        static TestCaseData Case(string path, string code, int cap, Func<PreAuthCase, PreAuthCase> edit) => new TestCaseData(path, code, cap, edit).SetArgDisplayNames(path);
        static string Chars(int n) => new('a', n);
        static List<string> Entries(int n) => Enumerable.Range(0, n).Select(i => "entry " + i.ToString(CultureInfo.InvariantCulture)).ToList();
        yield return Case("history.condition", "PAK-CAP-001", CaseLimits.NarrativeText, c => c with { History = c.History with { Condition = Chars(CaseLimits.NarrativeText + 1) } });
        yield return Case("assessment.medicalNecessity", "PAK-CAP-001", CaseLimits.NarrativeText, c => c with { Assessment = c.Assessment with { MedicalNecessity = Chars(CaseLimits.NarrativeText + 1) } });
        yield return Case("patient.firstName", "PAK-CAP-001", CaseLimits.ShortText, c => c with { Patient = c.Patient with { FirstName = Chars(10_000_000) } });
        yield return Case("caseReference", "PAK-CAP-001", CaseLimits.Identifier, c => c with { CaseReference = Chars(CaseLimits.Identifier + 1) });
        yield return Case("history.priorTreatments[3].outcome", "PAK-CAP-001", CaseLimits.EntryText, c => c with { History = c.History with { PriorTreatments = [.. c.History.PriorTreatments.Select((t, i) => i == 3 ? t with { Outcome = Chars(CaseLimits.EntryText + 1) } : t)] } });
        yield return Case("assessment.functionalImpairments[0]", "PAK-CAP-001", CaseLimits.EntryText, c => c with { Assessment = c.Assessment with { FunctionalImpairments = [Chars(CaseLimits.EntryText + 1)] } });
        yield return Case("procedures", "PAK-CAP-002", CaseLimits.Procedures, c => c with { Procedures = Enumerable.Repeat(c.Procedures[0], 10_000).ToList() });
        yield return Case("history.priorTreatments", "PAK-CAP-002", CaseLimits.PriorTreatments, c => c with { History = c.History with { PriorTreatments = Enumerable.Repeat(c.History.PriorTreatments[0], 10_000).ToList() } });
        yield return Case("assessment.functionalImpairments", "PAK-CAP-002", CaseLimits.ListEntries, c => c with { Assessment = c.Assessment with { FunctionalImpairments = Entries(10_000) } });
        yield return Case("photos", "PAK-CAP-002", CaseLimits.Photos, c => c with { Photos = Enumerable.Repeat(c.Photos[0], 1_500).ToList() });
        yield return Case("treatmentPlan.expectedOutcomes", "PAK-CAP-002", CaseLimits.ListEntries, c => c with { TreatmentPlan = c.TreatmentPlan with { ExpectedOutcomes = Entries(CaseLimits.ListEntries + 1) } });
        yield return Case("attachments", "PAK-CAP-002", CaseLimits.Attachments, c => c with { Attachments = Enumerable.Range(0, CaseLimits.Attachments + 1).Select(i => new Attachment { Title = "x" }).ToList() });
        yield return Case("procedures[0].modifiers", "PAK-CAP-002", CaseLimits.Modifiers, c => c with { Procedures = [c.Procedures[0] with { Modifiers = ["LT", "RT", "59", "XS", "XU"] }] });
    }

    [TestCaseSource(nameof(OverCap))]
    public async Task Over_a_cap_the_case_is_refused_with_the_field_and_the_cap(string path, string code, int cap, Func<PreAuthCase, PreAuthCase> edit)
    {
        var caseFile = new PreAuthKit.CaseFiles.CaseFile(edit(Sample), TestCases.BurnScarForearm().BaseDirectory);

        var refused = (await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator().RenderPreAuthorizationAsync(caseFile)))!;

        var finding = refused.Report.Errors.SingleOrDefault(f => f.Code == code && f.Path == path);
        Assert.That(finding, Is.Not.Null, $"{code} at {path}; got {string.Join(", ", refused.Report.Errors.Select(f => f.Code + "@" + f.Path).Take(5))}");
        Assert.That(finding!.Message, Does.Contain(cap.ToString("N0", CultureInfo.InvariantCulture)).And.Contain(path), "the message names the field and the cap");
        Assert.That(finding.Message, Does.Not.Contain("aaaa").And.Not.Contain("entry "), "never the value");
    }

    [Test]
    public async Task Five_thousand_appeal_arguments_are_refused_with_a_code()
    {
        var sample = Generation.AppealCases.Sample();
        var caseFile = new PreAuthKit.CaseFiles.CaseFile(sample.Case with { Appeal = sample.Case.Appeal! with { Arguments = Enumerable.Repeat("argument", 5_000).ToList() } }, sample.BaseDirectory);

        var refused = (await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator().RenderAppealAsync(caseFile)))!;

        Assert.That(refused.Report.Errors.Select(f => (f.Code, f.Path)), Does.Contain(("PAK-CAP-002", "appeal.arguments")));
    }

    [Test]
    public void Exactly_at_every_cap_nothing_is_refused_for_length()
    {
        var folder = Directory.CreateTempSubdirectory("pak-atcap-").FullName;
        try
        {
            var (caseFile, _) = CaseAtCaps.Build(folder);
            Assert.That(CaseLimitsValidator.Check(caseFile.Case), Is.Empty);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_null_entry_in_a_list_of_text_is_refused()
    {
        var @case = Sample with { Assessment = Sample.Assessment with { Symptoms = ["itch", null!] }, Attachments = [null!] };

        var findings = CaseLimitsValidator.Check(@case);

        Assert.That(findings.Select(f => (f.Code, f.Path)), Is.EquivalentTo(new[] { ("PAK-CAP-003", "assessment.symptoms[1]"), ("PAK-CAP-003", "attachments[0]") }));
    }
}

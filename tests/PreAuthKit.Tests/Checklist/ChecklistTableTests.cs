using PreAuthKit.Checklist;
using PreAuthKit.Model;
using PreAuthKit.Tests.Generation;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Tests.Checklist;

/// <summary>
/// The checklist is one table: for every requirement of every item, the validator's finding and
/// the rendered checklist agree, and strict mode means exactly "every checklist item present".
/// </summary>
public class ChecklistTableTests
{
    public static IEnumerable<TestCaseData> Gaps()
    {
        TestCaseData Gap(string name, string key, string code, Func<PreAuthCase, PreAuthCase> gap, bool appeal = false)
            => new TestCaseData(key, code, gap, appeal).SetName($"{code} {name}");

        yield return Gap("no condition", ChecklistKeys.MedicalHistory, "PAK-HIS-001", c => c with { History = c.History with { Condition = " " } });
        yield return Gap("no prior treatment", ChecklistKeys.PriorTreatments, "PAK-HIS-002", c => c with { History = c.History with { PriorTreatments = [] } });
        yield return Gap("treatment unnamed", ChecklistKeys.PriorTreatments, "PAK-HIS-003", c => WithTreatment(c, t => t with { Treatment = "" }));
        yield return Gap("no outcome", ChecklistKeys.PriorTreatments, "PAK-HIS-004", c => WithTreatment(c, t => t with { Outcome = null }));
        yield return Gap("no start date", ChecklistKeys.PriorTreatments, "PAK-HIS-005", c => WithTreatment(c, t => t with { StartedOn = null, EndedOn = null }));
        yield return Gap("no medical reason", ChecklistKeys.PhysicianAssessment, "PAK-ASM-001", c => c with { Assessment = c.Assessment with { MedicalNecessity = "" } });
        yield return Gap("no expected benefit", ChecklistKeys.PhysicianAssessment, "PAK-ASM-006", c => c with { Assessment = c.Assessment with { ExpectedBenefit = null } });
        yield return Gap("no physician", ChecklistKeys.PhysicianAssessment, "PAK-ASM-002", c => c with { Assessment = c.Assessment with { Physician = "" } });
        yield return Gap("no assessment date", ChecklistKeys.PhysicianAssessment, "PAK-ASM-003", c => c with { Assessment = c.Assessment with { AssessedOn = null } });
        yield return Gap("no impairment", ChecklistKeys.FunctionalImpairment, "PAK-ASM-007", c => c with { Assessment = c.Assessment with { FunctionalImpairments = [] } });
        yield return Gap("no photographs", ChecklistKeys.DatedPhotographs, "PAK-PHO-001", c => c with { Photos = [] });
        yield return Gap("an undated photograph", ChecklistKeys.DatedPhotographs, "PAK-PHO-020", c => c with { Photos = [c.Photos[0], c.Photos[1] with { TakenOn = null }] });
        yield return Gap("no sessions", ChecklistKeys.TreatmentPlan, "PAK-TPL-001", c => c with { TreatmentPlan = c.TreatmentPlan with { Sessions = null } });
        yield return Gap("no interval", ChecklistKeys.TreatmentPlan, "PAK-TPL-002", c => c with { TreatmentPlan = c.TreatmentPlan with { Interval = "" } });
        yield return Gap("no outcomes", ChecklistKeys.TreatmentPlan, "PAK-TPL-003", c => c with { TreatmentPlan = c.TreatmentPlan with { ExpectedOutcomes = [] } });
        yield return Gap("no rationale", ChecklistKeys.TreatmentPlan, "PAK-TPL-004", c => c with { TreatmentPlan = c.TreatmentPlan with { Rationale = null } });
        yield return Gap("no claim number", ChecklistKeys.DenialNotice, "PAK-APL-001", c => c with { Appeal = c.Appeal! with { ClaimNumber = "" } }, appeal: true);
        yield return Gap("no denial code", ChecklistKeys.DenialNotice, "PAK-APL-009", c => c with { Appeal = c.Appeal! with { DenialCode = "" } }, appeal: true);
        yield return Gap("no new evidence", ChecklistKeys.NewEvidence, "PAK-APL-013", c => c with { Appeal = c.Appeal! with { NewEvidence = [] } }, appeal: true);
    }

    [TestCaseSource(nameof(Gaps))]
    public void Validator_and_rendered_checklist_agree(string key, string code, Func<PreAuthCase, PreAuthCase> gap, bool appeal)
    {
        var sample = appeal ? AppealCases.Sample() : TestCases.BurnScarForearm();
        var kind = appeal ? DocumentKind.Appeal : DocumentKind.PreAuthorization;
        var complete = TestCases.Generator(o => o.Validation.Strict = true);
        var gapped = sample with { Case = gap(sample.Case) };

        var strictComplete = complete.Pipeline.Validate(sample);
        var strictGapped = complete.Pipeline.Validate(gapped);
        var lenient = TestCases.Generator().Pipeline.Validate(gapped);
        var checklist = ChecklistBuilder.For(gapped.Case, kind);

        Assert.Multiple(() =>
        {
            Assert.That(strictComplete.Findings.Where(f => IsChecklistCode(f.Code)), Is.Empty, "the sample is complete");
            Assert.That(ChecklistBuilder.For(sample.Case, kind)[key]!.Status, Is.EqualTo(ChecklistStatus.Present));
            Assert.That(checklist[key]!.Status, Is.EqualTo(ChecklistStatus.Missing), "the letter prints the item as missing");
            Assert.That(strictGapped.Errors.Select(f => f.Code), Does.Contain(code), "strict mode refuses a missing checklist item");
            Assert.That(lenient.Findings.Single(f => f.Code == code).Severity, Is.EqualTo(FindingCatalog.Find(code)!.Severity), "lenient mode keeps the catalog severity");
            Assert.That(checklist.Missing.Select(i => i.Key), Is.EquivalentTo(new[] { key }), "only this item is missing");
        });
    }

    [Test]
    public void Every_checklist_finding_belongs_to_exactly_one_requirement()
    {
        var required = DocumentationItems.All.SelectMany(i => i.Requirements).Select(r => r.Finding.Code).ToList();
        var flagged = FindingCatalog.All.Where(d => d.Checklist).Select(d => d.Code);

        Assert.That(required, Is.Unique);
        Assert.That(required.Where(code => FindingCatalog.Find(code)!.Severity == FindingSeverity.Warning), Is.EquivalentTo(flagged));
    }

    [Test]
    public void Strict_mode_passes_exactly_when_every_checklist_item_is_present()
    {
        var strict = TestCases.Generator(o => o.Validation.Strict = true);
        foreach (var data in Gaps())
        {
            var appeal = (bool)data.Arguments[3]!;
            var sample = appeal ? AppealCases.Sample() : TestCases.BurnScarForearm();
            var gapped = sample with { Case = ((Func<PreAuthCase, PreAuthCase>)data.Arguments[2]!)(sample.Case) };
            var kind = appeal ? DocumentKind.Appeal : DocumentKind.PreAuthorization;

            var checklistErrors = strict.Pipeline.Validate(gapped).Errors.Where(f => IsChecklistCode(f.Code)).ToList();

            Assert.That(checklistErrors.Count == 0, Is.EqualTo(ChecklistBuilder.For(gapped.Case, kind).IsComplete), data.TestName);
        }
    }

    private static bool IsChecklistCode(string code)
        => DocumentationItems.All.SelectMany(i => i.Requirements).Any(r => r.Finding.Code == code);

    private static PreAuthCase WithTreatment(PreAuthCase c, Func<PriorTreatment, PriorTreatment> change)
        => c with { History = c.History with { PriorTreatments = [change(c.History.PriorTreatments[0]), .. c.History.PriorTreatments.Skip(1)] } };
}

using PreAuthKit.Checklist;
using PreAuthKit.Model;
using PreAuthKit.Tests.Generation;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Checklist;

public class ChecklistBuilderTests
{
    [Test]
    public void Sample_request_has_every_item()
    {
        var checklist = ChecklistBuilder.For(TestCases.BurnScarForearm().Case, DocumentKind.PreAuthorization);

        Assert.That(checklist.Missing.Select(i => i.Key), Is.Empty);
        Assert.That(checklist.IsComplete, Is.True);
        Assert.That(checklist[ChecklistKeys.DatedPhotographs]!.Evidence, Does.Contain("(2 photographs)"));
        Assert.That(checklist[ChecklistKeys.PriorTreatments]!.Evidence, Is.EqualTo("Section \"Prior treatments and outcomes\" (4 treatments)"));
        Assert.That(checklist[ChecklistKeys.DenialNotice]!.Status, Is.EqualTo(ChecklistStatus.NotApplicable));
        Assert.That(checklist[ChecklistKeys.NewEvidence]!.Status, Is.EqualTo(ChecklistStatus.NotApplicable));
    }

    [Test]
    public void Dated_photographs_are_present_only_when_every_photo_has_a_date()
    {
        var @case = TestCases.BurnScarForearm().Case;
        var dated = @case with { Photos = [Photo(new DateOnly(2026, 11, 2)), Photo(new DateOnly(2026, 11, 2))] };
        var undated = @case with { Photos = [Photo(new DateOnly(2026, 11, 2)), Photo(null)] };

        var present = ChecklistBuilder.For(dated, DocumentKind.PreAuthorization)[ChecklistKeys.DatedPhotographs]!;
        Assert.That(present.Status, Is.EqualTo(ChecklistStatus.Present));
        Assert.That(present.Evidence, Is.EqualTo("Section \"Photographic evidence\" (2 photographs)"));
        Assert.That(ChecklistBuilder.For(undated, DocumentKind.PreAuthorization)[ChecklistKeys.DatedPhotographs]!.Status, Is.EqualTo(ChecklistStatus.Missing));
    }

    [Test]
    public void Missing_history_outcome_and_plan_are_reported_missing()
    {
        var @case = TestCases.BurnScarForearm().Case;
        var thin = @case with
        {
            History = @case.History with { Condition = " ", PriorTreatments = [new PriorTreatment { Treatment = "Silicone" }] },
            Assessment = @case.Assessment with { FunctionalImpairments = [] },
            TreatmentPlan = new TreatmentPlan(),
            Photos = [],
        };

        var missing = ChecklistBuilder.For(thin, DocumentKind.PreAuthorization).Missing.Select(i => i.Key);

        Assert.That(missing, Is.EquivalentTo(new[]
        {
            ChecklistKeys.MedicalHistory, ChecklistKeys.PriorTreatments, ChecklistKeys.FunctionalImpairment, ChecklistKeys.DatedPhotographs, ChecklistKeys.TreatmentPlan,
        }));
    }

    [Test]
    public void Appeal_adds_denial_notice_and_new_evidence()
    {
        var @case = AppealCases.Sample().Case;
        var checklist = ChecklistBuilder.For(@case, DocumentKind.Appeal);
        var noEvidence = ChecklistBuilder.For(@case with { Appeal = @case.Appeal! with { NewEvidence = [] } }, DocumentKind.Appeal);

        Assert.That(checklist[ChecklistKeys.DenialNotice]!.Status, Is.EqualTo(ChecklistStatus.Present));
        Assert.That(checklist[ChecklistKeys.DenialNotice]!.Evidence, Does.Contain("Copy of the denial notice dated 11/23/2026"));
        Assert.That(checklist[ChecklistKeys.NewEvidence]!.Evidence, Does.StartWith("Enclosures: 3 new document(s)"));
        Assert.That(noEvidence[ChecklistKeys.NewEvidence]!.Status, Is.EqualTo(ChecklistStatus.Missing));
    }

    [Test]
    public async Task Checklist_prints_as_a_task_list_and_photos_as_captioned_evidence()
    {
        var sample = TestCases.BurnScarForearm();
        var withPhotos = sample with { Case = sample.Case with { Photos = [Photo(new DateOnly(2026, 11, 2)) with { ConsentOnFile = true }] } };
        var generator = TestCases.Generator();

        var run = generator.Pipeline.RenderPreAuthorization(withPhotos, default);

        Assert.That(run.Markdown, Does.Contain("- [x] Dated pre\\-treatment photographs showing severity: Section \\\"Photographic evidence\\\" \\(1 photograph\\)"));
        Assert.That(run.Markdown, Does.Contain("- [x] Detailed medical history"));
        Assert.That(run.Markdown, Does.Contain("![Photograph 1](photo:1)"));
        Assert.That(run.Markdown, Does.Contain(":::photo-grid"));
        var text = PdfText.Collapse(run.Markdown);
        Assert.That(text, Does.Contain("**Photograph 1, pre-treatment evidence.** Taken 11/02/2026; body site: left volar forearm; view: anterior\\, with scale\\."));
        Assert.That(text, Does.Contain("Patient consent to clinical photography on file"));
    }

    private static PhotoRecord Photo(DateOnly? takenOn) => new()
    {
        Path = "photos/forearm-volar-overview.jpg",
        TakenOn = takenOn,
        BodySite = "left volar forearm",
        View = "anterior, with scale.",
        Description = "Hypertrophic band across the wrist crease",
    };
}

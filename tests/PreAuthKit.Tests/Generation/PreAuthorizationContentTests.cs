using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Generation;

/// <summary>The request carries every item DOMAIN.md lists for a standard prior-authorization request, with its value.</summary>
public class PreAuthorizationContentTests
{
    [Test]
    public async Task Request_prints_every_standard_item_with_its_value()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
        var text = PdfText.Of(document);

        // Label and value are asserted separately: tables may lay out cells in columns or in rows.
        string[] expected =
        [
            // payer, date submitted, review and request type
            "To", "Example Health Plan", "Phone", "(555) 010-3000", "Fax", "(555) 010-3001", "Date sent", "11/20/2026",
            "Review type", "Standard", "Request type", "Initial",
            // patient
            "Patient", "Jordan Sample", "Date of birth", "04/12/1988", "Sex", "Female", "(555) 010-4000", "Member ID", "EXH123456789",
            "Group number", "GRP-0042", "Plan", "Example PPO Gold",
            // requesting and servicing providers, contact person
            "Requesting provider", "Avery Example, MD", "1234567893", "Dermatology", "Servicing provider or facility",
            "Riverside Dermatology & Scar Clinic", "1558598797", "(555) 010-2001", "Casey Coordinator, prior authorization desk",
            // services: code, modifiers, description, units, frequency, dates, place of service
            "17999", "collagen induction therapy (microneedling)", "Units and frequency", "6 units, one session every 4 to 6 weeks",
            "12/07/2026 to 06/30/2027", "Office (11)",
            // diagnoses with descriptions, primary first
            // the unlisted code's comparable code and narrative
            "Comparable listed code for pricing: 15786", "Time, effort and equipment:",
            // baseline and target measurements
            "Objective measurements: baseline and target", "Vancouver Scar Scale", "9 points (0-13)", "Left wrist active extension", "40 degrees", "70 degrees", "60 degrees",
            "ICD-10-CM code", "L90.5", "Scar conditions and fibrosis of skin", "Primary", "L91.0", "T22.312S", "Burn of third degree of left forearm, sequela",
            // narrative
            "Silicone gel sheeting, 12 hours daily", "Minimal flattening; contracture band persisted", "Active wrist extension limited to 40 degrees",
            "Why this treatment:", "Alternatives considered:",
            // checklist, enclosures, signature
            "Documentation checklist", "Dated pre-treatment photographs showing severity", "Clinic notes, 11/02/2026 (physician assessment)", "Signature:", "Date: 11/20/2026",
        ];
        Assert.That(text.IndexOf("L90.5", StringComparison.Ordinal), Is.LessThan(text.IndexOf("T22.312S", StringComparison.Ordinal)), "primary diagnosis first");
        Assert.Multiple(() =>
        {
            foreach (var item in expected)
            {
                Assert.That(text, Does.Contain(item), item);
            }
        });
    }

    [Test]
    public async Task Request_prints_the_clinics_description_and_never_a_cpt_descriptor_note_of_its_own()
    {
        var sample = TestCases.BurnScarForearm();
        var withoutDescription = sample with
        {
            Case = sample.Case with { Procedures = [sample.Case.Procedures[0] with { Code = "15786", Description = null, Modifiers = ["lt", "59"] }] },
        };

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(withoutDescription);
        var text = PdfText.Of(document);

        Assert.That(text, Does.Contain("15786").And.Contain("LT, 59"));
        Assert.That(text, Does.Not.Contain("CPT descriptor text"), "the licensing note belongs in the documentation, not the payer's copy");
        Assert.That(text, Does.Not.Contain("Abrasion"));
        Assert.That(text, Does.Contain("DRAFT \u2014 NOT FOR SUBMISSION").And.Contain("The clinic's description of service 15786"), "a missing description makes a draft");
    }

    [Test]
    public async Task Result_carries_the_checklist_and_the_report()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm());

        Assert.That(document.Checklist[ChecklistKeys.DatedPhotographs]!.Status, Is.EqualTo(ChecklistStatus.Present));
        Assert.That(document.Checklist[ChecklistKeys.MedicalHistory]!.Status, Is.EqualTo(ChecklistStatus.Present));
        Assert.That(document.Checklist[ChecklistKeys.DenialNotice]!.Status, Is.EqualTo(ChecklistStatus.NotApplicable));
        Assert.That(document.Deadline, Is.Null);
        Assert.That(document.Report.IsBlocking, Is.False);
    }

    [Test]
    public void Canceled_token_cancels_the_render()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(
            async () => await TestCases.Generator().RenderPreAuthorizationAsync(TestCases.BurnScarForearm(), cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }
}

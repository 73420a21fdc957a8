using PreAuthKit.Tests.Generation;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Appeals;

/// <summary>A late appeal that states good cause renders (42 CFR 405.942(b)); the deadline carries the reason for the letter.</summary>
public class GoodCauseRenderTests
{
    [Test]
    public async Task Late_appeal_with_good_cause_renders_and_carries_the_reason()
    {
        var sample = AppealCases.Sample();
        var late = sample.Case.Appeal! with { DenialDate = new DateOnly(2026, 3, 2), GoodCauseForLateFiling = "The denial notice was mailed to a former address and reached the patient on 2026-10-30." };

        var document = await TestCases.Generator().RenderAppealAsync(sample with { Case = sample.Case with { Appeal = late } });

        Assert.That(document.Deadline!.IsMet, Is.False);
        Assert.That(document.Deadline.GoodCauseForLateFiling, Does.StartWith("The denial notice was mailed"));
        Assert.That(document.Report.Findings.Select(f => f.Code), Has.Member("PAK-APL-017").And.No.Member("PAK-APL-007"));
        Assert.That(document.PageCount, Is.GreaterThan(0));
    }
}

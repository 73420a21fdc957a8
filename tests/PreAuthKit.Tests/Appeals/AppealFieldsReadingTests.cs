using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Appeals;

/// <summary>The appeal fields added for the filing rules read from a case file under their documented names.</summary>
public class AppealFieldsReadingTests
{
    [Test]
    public void New_appeal_fields_read_from_json()
    {
        var sample = File.ReadAllText(RepoPaths.SampleCase("appeal-co50-medical-necessity.json"));
        var json = sample.Replace("\"appeal\": {", """
            "appeal": {
              "receivedOn": "2026-11-24",
              "firstLevelDecisionDate": "2026-11-23",
              "urgencyReason": "Progressive contracture",
              "goodCauseForLateFiling": "Notice mailed to a former address",
            """, StringComparison.Ordinal);

        var appeal = CaseFileReader.Parse(json).Appeal!;

        Assert.That(json, Is.Not.EqualTo(sample), "the sample has an appeal section to extend");
        Assert.That(appeal.ReceivedOn, Is.EqualTo(new DateOnly(2026, 11, 24)));
        Assert.That(appeal.FirstLevelDecisionDate, Is.EqualTo(new DateOnly(2026, 11, 23)));
        Assert.That(appeal.UrgencyReason, Is.EqualTo("Progressive contracture"));
        Assert.That(appeal.GoodCauseForLateFiling, Is.EqualTo("Notice mailed to a former address"));
    }
}

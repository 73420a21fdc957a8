using PreAuthKit.CaseFiles;

namespace PreAuthKit.Tests.CaseFiles;

/// <summary>Bad case files become one coded finding with the JSON path and line/column, never a raw exception.</summary>
public class MalformedCaseFileTests
{
    [TestCase("{\n \"patient\": {\n  \"dateOfBirth\": \"1988-13-45\"\n }\n}", "PAK-FILE-005", "patient.dateOfBirth", "line 3", "YYYY-MM-DD")]
    [TestCase("{\n \"procedures\": [ { \"code\": \"17999\", \"units\": \"six\" } ]\n}", "PAK-FILE-005", "procedures[0].units", "line 2", "whole number")]
    [TestCase("{\n \"diagnoses\": [ { \"code\": \"L90.5\", \"primary\": \"yes\" } ]\n}", "PAK-FILE-005", "diagnoses[0].primary", "line 2", "true or false")]
    [TestCase("{\n \"diagnoses\": {}\n}", "PAK-FILE-005", "diagnoses", "line 2", "a list")]
    [TestCase("{\n \"appeal\": { \"level\": \"third-internal\" }\n}", "PAK-FILE-005", "appeal.level", "line 2", "\"external-review\"")]
    [TestCase("{\n \"payer\": { \"planType\": 3 }\n}", "PAK-FILE-005", "payer.planType", "line 2", "\"medicare-advantage\"")]
    [TestCase("{\n \"reviewType\": \"Urgent!\"\n}", "PAK-FILE-005", "reviewType", "line 2", "\"urgent\"")]
    [TestCase("{\n \"patient\": null\n}", "PAK-FILE-006", "patient", "line 2", "is null")]
    [TestCase("{\n \"patient\": { \"firstName\": null }\n}", "PAK-FILE-006", "patient.firstName", "line 2", "is null")]
    [TestCase("[]", "PAK-FILE-005", "$", "line 1", "an object")]
    [TestCase("", "PAK-FILE-004", "$", "line 1", "not valid JSON")]
    [TestCase("{ \"submittedOn\": \"2026-11-20\" } trailing", "PAK-FILE-004", "$", "line 1", "not valid JSON")]
    [TestCase("{\n  \"patient\": {\n    \"firstName\": \"A\",,\n  }\n}", "PAK-FILE-004", "patient", "line 3", "not valid JSON")]
    public void Bad_input_is_reported_with_code_path_and_position(string json, string code, string path, string line, string hint)
    {
        var ex = Assert.Throws<CaseFileException>(() => CaseFileReader.Parse(json));

        Assert.That(ex!.Finding.Code, Is.EqualTo(code));
        Assert.That(ex.Finding.Path, Is.EqualTo(path));
        Assert.That(ex.Finding.Message, Does.Contain(line).And.Contain(hint));
        Assert.That(ex.Finding.Section, Is.EqualTo(FindingSection.CaseFile));
    }

    [Test]
    public void Values_are_never_echoed_in_the_message()
    {
        var ex = Assert.Throws<CaseFileException>(() => CaseFileReader.Parse("{ \"patient\": { \"dateOfBirth\": \"Jordan-1988\" } }"));

        Assert.That(ex!.Message, Does.Not.Contain("Jordan"));
    }

    [Test]
    public void Unknown_properties_are_ignored_so_callers_may_add_fields()
    {
        var @case = CaseFileReader.Parse("{ \"submittedOn\": \"2026-11-20\", \"clinicInternalId\": 42 }");

        Assert.That(@case.SubmittedOn, Is.EqualTo(new DateOnly(2026, 11, 20)));
    }

    [Test]
    public void A_case_round_trips_through_the_format()
    {
        var original = CaseFileReader.Load(Support.RepoPaths.SampleCase("burn-scar-forearm.json")).Case;

        var json = CaseFileReader.Serialize(original);
        var again = CaseFileReader.Parse(json);

        Assert.That(CaseFileReader.Serialize(again), Is.EqualTo(json));
        Assert.That(json, Does.Contain("\"planType\": \"commercial\"").And.Contain("\"dateOfBirth\": \"1988-04-12\""));
    }
}

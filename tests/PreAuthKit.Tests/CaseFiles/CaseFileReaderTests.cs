using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.CaseFiles;

public class CaseFileReaderTests
{
    [Test]
    public void Sample_case_reads_with_enums_and_dates()
    {
        var caseFile = TestCases.BurnScarForearm();

        Assert.Multiple(() =>
        {
            Assert.That(caseFile.Case.Payer.PlanType, Is.EqualTo(PlanType.Commercial));
            Assert.That(caseFile.Case.Patient.DateOfBirth, Is.EqualTo(new DateOnly(1988, 4, 12)));
            Assert.That(caseFile.Case.Diagnoses.Single(d => d.Primary).Code, Is.EqualTo("L90.5"));
            Assert.That(caseFile.BaseDirectory, Is.EqualTo(RepoPaths.SampleCases));
        });
    }

    [Test]
    public void Missing_file_is_a_coded_error()
    {
        var ex = Assert.Throws<CaseFileException>(() => CaseFileReader.Load(Path.Combine(Path.GetTempPath(), "no-such-case-7f3a.json")));

        Assert.That(ex!.Finding.Code, Is.EqualTo("PAK-FILE-001"));
    }

    [Test]
    public void Malformed_json_reports_line_and_column()
    {
        const string json = "{\n  \"submittedOn\": \"2026-11-20\",\n  \"patient\": { \"firstName\": \"A\" \n}";

        var ex = Assert.Throws<CaseFileException>(() => CaseFileReader.Parse(json));

        Assert.That(ex!.Finding.Code, Is.EqualTo("PAK-FILE-004"));
        Assert.That(ex.Finding.Message, Does.Contain("line 4"));
    }

    [Test]
    public void Unknown_enum_value_reports_its_path()
    {
        const string json = "{ \"payer\": { \"name\": \"X\", \"planType\": \"gold-plated\" } }";

        var ex = Assert.Throws<CaseFileException>(() => CaseFileReader.Parse(json));

        Assert.That(ex!.Finding.Code, Is.EqualTo("PAK-FILE-005"));
        Assert.That(ex.Finding.Path, Is.EqualTo("payer.planType"));
        Assert.That(ex.Finding.Message, Does.Not.Contain("gold-plated"));
    }
}

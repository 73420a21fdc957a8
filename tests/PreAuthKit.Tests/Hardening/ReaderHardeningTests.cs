using System.Text;
using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// Issue 11, reader defects: every refusal is a CaseFileException with a PAK-FILE code (the old
/// main threw ArgumentException for an empty path, read /dev/zero until it died, accepted Latin-1
/// and invalid UTF-8 with replacement characters, and read "female, male" as a flags combination).
/// </summary>
public class ReaderHardeningTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pak-reader-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("", "PAK-FILE-007")]
    [TestCase("   ", "PAK-FILE-007")]
    [TestCase("case\0.json", "PAK-FILE-007")]
    [TestCase("/dev/zero", "PAK-FILE-009")]
    [TestCase("/dev/null", "PAK-FILE-009")]
    [TestCase("/proc/self/environ", "PAK-FILE-009")]
    [TestCase("/", "PAK-FILE-008")]
    public void Paths_that_name_no_case_file_are_refused_with_a_code(string path, string code)
    {
        var error = Assert.Throws<CaseFileException>(() => CaseFileReader.Load(path))!;

        Assert.That(error.Finding.Code, Is.EqualTo(code));
    }

    [Test]
    public void A_named_pipe_is_refused_without_blocking()
    {
        var fifo = Path.Combine(_folder, "case.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var error = Assert.Throws<CaseFileException>(() => CaseFileReader.Load(fifo))!;

        Assert.That(error.Finding.Code, Is.EqualTo("PAK-FILE-009"));
    }

    [Test]
    public void A_file_larger_than_the_cap_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder, "big.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(PreAuthKit.Validation.CaseLimits.MaxCaseFileBytes + 1);
        }

        var error = Assert.Throws<CaseFileException>(() => CaseFileReader.Load(path))!;

        Assert.That(error.Finding.Code, Is.EqualTo("PAK-FILE-010"));
        Assert.That(error.Finding.Message, Does.Contain("8 MiB"));
    }

    private static IEnumerable<TestCaseData> BadEncodings()
    {
        var prefix = "{\"patient\": {\"firstName\": \"J"u8.ToArray();
        static byte[] With(byte[] prefix, params byte[] bad) => [.. prefix, .. bad, .. "rome\"}}"u8.ToArray()];
        yield return new TestCaseData(With(prefix, 0xE9), prefix.Length).SetArgDisplayNames("Latin-1 e-acute");
        yield return new TestCaseData(With(prefix, 0xC3), prefix.Length).SetArgDisplayNames("truncated sequence");
        yield return new TestCaseData(With(prefix, 0xC0, 0xA9), prefix.Length).SetArgDisplayNames("overlong two-byte");
        yield return new TestCaseData(With(prefix, 0xE0, 0x80, 0xA9), prefix.Length).SetArgDisplayNames("overlong three-byte");
        yield return new TestCaseData(With(prefix, 0xED, 0xA0, 0x80), prefix.Length).SetArgDisplayNames("encoded surrogate");
        yield return new TestCaseData(With(prefix, 0xF4, 0x90, 0x80, 0x80), prefix.Length).SetArgDisplayNames("above U+10FFFF");
        yield return new TestCaseData(With(prefix, 0xFF), prefix.Length).SetArgDisplayNames("0xFF");
        yield return new TestCaseData(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray(), 0).SetArgDisplayNames("UTF-16 with BOM");
    }

    [TestCaseSource(nameof(BadEncodings))]
    public void Text_that_is_not_utf8_is_refused_with_the_byte_offset(byte[] bytes, int offset)
    {
        var path = Path.Combine(_folder, "case.json");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<CaseFileException>(() => CaseFileReader.Load(path))!;

        Assert.That(error.Finding.Code, Is.EqualTo("PAK-FILE-011"));
        Assert.That(error.Finding.Message, Does.Contain($"offset {offset} "));
        Assert.That(error.Finding.Message, Does.Not.Contain("rome"), "no patient data");
    }

    [Test]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var path = Path.Combine(_folder, "case.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(RepoPaths.SampleCase("burn-scar-forearm.json"))]);

        Assert.That(CaseFileReader.Load(path).Case.Patient.FirstName, Is.EqualTo("Jordan"));
    }

    [TestCase("female, male")]
    [TestCase("female,male")]
    [TestCase("Female")]
    [TestCase("FEMALE")]
    [TestCase(" female")]
    [TestCase("1")]
    [TestCase("")]
    public void Enum_values_must_match_exactly(string sex)
    {
        var json = File.ReadAllText(RepoPaths.SampleCase("burn-scar-forearm.json")).Replace("\"sex\": \"female\"", $"\"sex\": \"{sex}\"", StringComparison.Ordinal);

        var error = Assert.Throws<CaseFileException>(() => CaseFileReader.Parse(json))!;

        Assert.That(error.Finding.Code, Is.EqualTo("PAK-FILE-005"));
        Assert.That(error.Finding.Path, Is.EqualTo("patient.sex"));
    }

    [Test]
    public void A_number_for_an_enum_is_refused()
    {
        var json = File.ReadAllText(RepoPaths.SampleCase("burn-scar-forearm.json")).Replace("\"sex\": \"female\"", "\"sex\": 1", StringComparison.Ordinal);

        Assert.That(Assert.Throws<CaseFileException>(() => CaseFileReader.Parse(json))!.Finding.Code, Is.EqualTo("PAK-FILE-005"));
    }

    [TestCase("patient")]
    [TestCase("payer")]
    [TestCase("requestingProvider")]
    [TestCase("servicingProvider")]
    [TestCase("history")]
    [TestCase("assessment")]
    [TestCase("treatmentPlan")]
    [TestCase("diagnoses")]
    [TestCase("procedures")]
    [TestCase("photos")]
    [TestCase("attachments")]
    public void Null_for_a_required_object_or_list_is_refused(string property)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoPaths.SampleCase("burn-scar-forearm.json")))!.AsObject();
        node[property] = null;

        var error = Assert.Throws<CaseFileException>(() => CaseFileReader.Parse(node.ToJsonString()))!;

        Assert.That((error.Finding.Code, error.Finding.Path), Is.EqualTo(("PAK-FILE-006", property)));
    }

    [Test]
    public void A_duplicate_property_is_refused_rather_than_silently_replacing_the_first()
    {
        var json = File.ReadAllText(RepoPaths.SampleCase("burn-scar-forearm.json")).Replace("\"history\": {", "\"history\": {}, \"history\": {", StringComparison.Ordinal);

        var error = Assert.Throws<CaseFileException>(() => CaseFileReader.Parse(json))!;

        Assert.That(error.Finding.Code, Is.EqualTo("PAK-FILE-004"));
        Assert.That(error.Finding.Message, Does.Contain("history").Or.Contain("uplicate"));
    }

    [Test]
    public void Round_trip_writes_the_names_it_reads()
    {
        var @case = TestCases.BurnScarForearm().Case;

        var again = CaseFileReader.Parse(CaseFileReader.Serialize(@case));

        Assert.That(again.Patient.Sex, Is.EqualTo(@case.Patient.Sex));
        Assert.That(CaseFileReader.Serialize(@case), Does.Contain("\"sex\": \"female\""));
    }
}

using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Validation;

/// <summary>The measurements rules, table-driven: each failing variant of the sample's first measurements draws its code at its path; the passing variant (at the boundary) does not.</summary>
public class MeasurementRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public sealed record RuleCase(string Name, string Code, string Path, FindingSeverity Severity, Func<PreAuthCase, PreAuthCase> Failing, Func<PreAuthCase, PreAuthCase> Passing)
    {
        public override string ToString() => Name;
    }

    [Test]
    public void Sample_reads_its_measurements()
    {
        var @case = TestCases.BurnScarForearm().Case;

        Assert.That(@case.Measurements, Has.Count.EqualTo(4));
        Assert.That(@case.Measurements[0], Is.EqualTo(new Measurement { Kind = MeasurementKind.Vss, Value = 9, MeasuredOn = new DateOnly(2026, 11, 2), Method = "Vancouver Scar Scale, physician-scored", Target = 6, BodySite = "Left volar wrist scar band" }));
        Assert.That(@case.Measurements[1].Kind, Is.EqualTo(MeasurementKind.RangeOfMotion));
        Assert.That(@case.Measurements[1].NormalValue, Is.EqualTo(70m));
    }

    [Test]
    public void Measurements_round_trip_through_the_case_file_format()
    {
        var @case = TestCases.BurnScarForearm().Case;

        var again = CaseFileReader.Parse(CaseFileReader.Serialize(@case));

        Assert.That(again.Measurements, Is.EqualTo(@case.Measurements));
        Assert.That(CaseFileReader.Serialize(@case), Does.Contain("\"kind\": \"range-of-motion\""));
    }

    [Test]
    public void An_unknown_kind_is_a_read_error_naming_the_path()
    {
        var ex = Assert.Throws<CaseFileException>(() => CaseFileReader.Parse("""{ "measurements": [ { "kind": "vancouver" } ] }"""));

        Assert.That(ex!.Finding.Code, Is.EqualTo("PAK-FILE-005"));
        Assert.That(ex.Finding.Path, Is.EqualTo("measurements[0].kind"));
        Assert.That(ex.Finding.Message, Does.Contain("\"range-of-motion\""));
    }

    [TestCaseSource(nameof(Rules))]
    public void Failing_case_reports_the_rule(RuleCase rule)
    {
        var report = Validate(rule.Failing);

        Assert.That(report.Findings, Has.Some.Matches<ValidationFinding>(f => f!.Code == rule.Code && f.Path == rule.Path && f.Severity == rule.Severity),
            () => "got: " + string.Join("\n", report.Findings));
    }

    [TestCaseSource(nameof(Rules))]
    public void Passing_case_does_not_report_the_rule(RuleCase rule)
    {
        var report = Validate(rule.Passing);

        Assert.That(report.Findings.Select(f => f.Code), Has.No.Member(rule.Code), () => "got: " + string.Join("\n", report.Findings));
    }

    private static ValidationReport Validate(Func<PreAuthCase, PreAuthCase> change)
    {
        var sample = TestCases.BurnScarForearm();
        return CaseValidator.Validate(sample with { Case = change(sample.Case) }, Today);
    }

    private static PreAuthCase M(PreAuthCase c, int index, Func<Measurement, Measurement> change)
        => c with { Measurements = [.. c.Measurements.Select((m, i) => i == index ? change(m) : m)] };

    private static IEnumerable<TestCaseData> Rules()
    {
        const FindingSeverity E = FindingSeverity.Error;
        const FindingSeverity W = FindingSeverity.Warning;
        RuleCase[] rules =
        [
            new("value missing", "PAK-MSR-001", "measurements[0].value", E, c => M(c, 0, m => m with { Value = null }), c => c),
            new("vss above 13", "PAK-MSR-002", "measurements[0].value", E, c => M(c, 0, m => m with { Value = 13.5m }), c => M(c, 0, m => m with { Value = 13 })),
            new("vss below 0", "PAK-MSR-002", "measurements[0].value", E, c => M(c, 0, m => m with { Value = -1 }), c => M(c, 0, m => m with { Value = 0, Target = 0 })),
            new("posas below 6", "PAK-MSR-002", "measurements[0].value", E, c => M(c, 0, m => m with { Kind = MeasurementKind.PosasObserver, Value = 5, Target = 6 }), c => M(c, 0, m => m with { Kind = MeasurementKind.PosasObserver, Value = 6, Target = 6 })),
            new("pain above 10", "PAK-MSR-002", "measurements[3].value", E, c => M(c, 3, m => m with { Value = 11 }), c => M(c, 3, m => m with { Value = 10 })),
            new("range of motion target above 360", "PAK-MSR-002", "measurements[1].target", E, c => M(c, 1, m => m with { Target = 361 }), c => M(c, 1, m => m with { Target = 360 })),
            new("normal value out of range", "PAK-MSR-002", "measurements[1].normalValue", E, c => M(c, 1, m => m with { NormalValue = -5 }), c => c),
            new("date missing", "PAK-MSR-003", "measurements[2].measuredOn", E, c => M(c, 2, m => m with { MeasuredOn = null }), c => c),
            new("date after submission", "PAK-MSR-004", "measurements[2].measuredOn", E, c => M(c, 2, m => m with { MeasuredOn = new DateOnly(2026, 11, 21) }), c => M(c, 2, m => m with { MeasuredOn = new DateOnly(2026, 11, 20) })),
            new("range of motion without name", "PAK-MSR-005", "measurements[1].name", E, c => M(c, 1, m => m with { Name = " " }), c => c),
            new("vss needs no name", "PAK-MSR-005", "measurements[1].name", E, c => M(c, 1, m => m with { Name = null }), c => M(c, 0, m => m with { Name = null })),
            new("other without unit", "PAK-MSR-006", "measurements[2].unit", E, c => M(c, 2, m => m with { Kind = MeasurementKind.Other }), c => M(c, 2, m => m with { Kind = MeasurementKind.Other, Unit = "mm thickness" })),
            new("range of motion without normal", "PAK-MSR-007", "measurements[1].normalValue", W, c => M(c, 1, m => m with { NormalValue = null }), c => c),
            new("text too long", "PAK-MSR-008", "measurements[2]", E, c => M(c, 2, m => m with { Method = new string('x', 201) }), c => M(c, 2, m => m with { Method = new string('x', 200) })),
            new("too many", "PAK-MSR-009", "measurements", E, c => c with { Measurements = [.. Enumerable.Repeat(c.Measurements[0], 21)] }, c => c with { Measurements = [.. Enumerable.Repeat(c.Measurements[0], 20)] }),
            new("null entry", "PAK-MSR-010", "measurements[1]", E, c => c with { Measurements = [c.Measurements[0], null!] }, c => c),
        ];
        return rules.Select(r => new TestCaseData(r).SetArgDisplayNames(r.Name));
    }
}

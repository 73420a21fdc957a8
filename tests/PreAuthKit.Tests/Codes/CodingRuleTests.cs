using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Codes;

/// <summary>
/// The ICD-10-CM and CPT/HCPCS coding rules a certified coder applies, table-driven: each rule has
/// a failing variant of the (valid) sample case that must produce its code at the expected path
/// and severity, a passing variant that must not produce it, and the source it implements.
/// </summary>
public class CodingRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public sealed record CodingRule(string Name, string Code, string Path, FindingSeverity Severity, string Source,
        Func<PreAuthCase, PreAuthCase> Failing, Func<PreAuthCase, PreAuthCase> Passing, Action<ValidationOptions>? Configure = null)
    {
        public override string ToString() => Name;
    }

    [TestCaseSource(nameof(Rules))]
    public void Failing_case_reports_the_rule(CodingRule rule)
    {
        var report = Validate(rule.Failing, rule.Configure);

        Assert.That(report.Findings, Has.Some.Matches<ValidationFinding>(f => f!.Code == rule.Code && f.Path == rule.Path && f.Severity == rule.Severity),
            () => $"{rule.Source}; got: " + string.Join("\n", report.Findings));
        Assert.That(report.Findings.Where(f => f.Code == rule.Code).Select(f => f.Message), Has.None.Contains("{").And.None.Contains("}"), "every hole of the message is filled");
    }

    [TestCaseSource(nameof(Rules))]
    public void Passing_case_does_not_report_the_rule(CodingRule rule)
    {
        var report = Validate(rule.Passing, rule.Configure);

        Assert.That(report.Findings.Select(f => f.Code), Has.No.Member(rule.Code), () => $"{rule.Source}; got: " + string.Join("\n", report.Findings));
    }

    [TestCaseSource(nameof(Rules))]
    public void Rule_and_its_source_are_documented(CodingRule rule)
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "case-file.md"));
        var row = doc.Split('\n').FirstOrDefault(line => line.StartsWith($"| `{rule.Code}`", StringComparison.Ordinal));

        Assert.That(row, Is.Not.Null, $"{rule.Code} has no row in docs/case-file.md");
        Assert.That(row, Does.Contain(rule.Source), $"the row of {rule.Code} does not cite {rule.Source}");
    }

    [Test]
    public void Placeholder_message_suggests_the_corrected_code_and_is_not_reported_as_unknown()
    {
        var report = Validate(c => Dx(c, "L90.5", "T21.22S", "T20.00A"), null);

        Assert.That(report.Findings.Select(f => f.Code), Has.No.Member("PAK-DX-007"));
        var messages = report.Findings.Where(f => f.Code == "PAK-DX-019").Select(f => f.Message).ToList();
        Assert.That(messages, Has.Count.EqualTo(2));
        Assert.That(messages[0], Does.Contain("use T21.22XS"));
        Assert.That(messages[1], Does.Contain("use T20.00XA"));
    }

    [Test]
    public void Initial_encounter_message_suggests_the_sequela_code()
    {
        var report = Validate(c => Dx(c, "L90.5", "T22.312A"), null);

        Assert.That(report.Findings.Single(f => f.Code == "PAK-DX-017").Message, Does.Contain("T22.312S"));
    }

    [Test]
    public void Acne_keloid_message_suggests_L90_5()
    {
        var report = Validate(c => AcneScars(Dx(c, "L73.0")), null);

        Assert.That(report.Findings.Single(f => f.Code == "PAK-DX-022").Message, Does.Contain("L90.5").And.Contain("acne keloid"));
    }

    [Test]
    public void Actinic_keratosis_alone_draws_no_cosmetic_warning()
    {
        var report = Validate(c => Dx(c, "L57.0") with { Assessment = c.Assessment with { FunctionalImpairments = [] } }, null);

        Assert.That(report.Findings.Select(f => f.Code), Has.No.Member("PAK-DX-011").And.No.Member("PAK-DX-020"));
    }

    [Test]
    public void Suppressed_warnings_are_left_out_but_errors_are_not()
    {
        var report = Validate(c => Dx(c, "Z85.828", "W34.00XA"), o =>
        {
            o.SuppressedWarnings.Add("PAK-DX-021");
            o.SuppressedWarnings.Add("PAK-DX-014");
        });

        Assert.That(report.Findings.Select(f => f.Code), Has.No.Member("PAK-DX-021"));
        Assert.That(Validate(c => Dx(c, "W34.00XA", "L90.5"), o => o.SuppressedWarnings.Add("PAK-DX-014")).Findings.Select(f => f.Code), Has.Member("PAK-DX-014"));
    }

    [Test]
    public void Users_extend_the_add_on_pairs_and_the_modifier_list()
    {
        var failing = Validate(c => Procs(c, ("99999", null)), o => o.AddOnPrimaryCodes["99999"] = ["99998"]);
        var passing = Validate(c => Procs(c, ("99998", null), ("99999", null)), o => o.AddOnPrimaryCodes["99999"] = ["99998"]);
        var modifier = Validate(c => Proc(c, p => p with { Modifiers = ["ZZ"] }), o => o.KnownModifiers.Add("ZZ"));

        Assert.That(failing.Findings.Select(f => f.Code), Has.Member("PAK-CPT-011"));
        Assert.That(passing.Findings.Select(f => f.Code), Has.No.Member("PAK-CPT-011"));
        Assert.That(modifier.Findings.Select(f => f.Code), Has.No.Member("PAK-CPT-014"));
    }

    [Test]
    public void Code_set_year_follows_the_appeal_date_of_service()
    {
        // 45 CFR 162.1000(a): the code set valid when the service was furnished. A sequela code billable in FY2026 and deleted in FY2027.
        var removed = File.ReadLines(Path.Combine(RepoPaths.Root, "src", "PreAuthKit", "Codes", "Data", "icd10cm-fy2027-changes.tsv"))
            .Select(l => l.Split('\t')).First(f => f[0] == "deleted" && f[1].EndsWith('S'))[1];
        PreAuthCase Case(PreAuthCase c, DateOnly? dateOfService) => Dx(c, "L90.5", removed) with
        {
            Appeal = new Appeal { ClaimNumber = "CLM-1", DenialDate = new DateOnly(2026, 10, 1), DenialCode = "CO-50", DateOfService = dateOfService },
        };

        var servedInFy2026 = Validate(c => Case(c, new DateOnly(2026, 9, 15)), null);
        var servedInFy2027 = Validate(c => Case(c, new DateOnly(2026, 10, 15)), null);

        Assert.That(servedInFy2026.Findings.Where(f => f.Path == "diagnoses[1].code"), Is.Empty, () => string.Join("\n", servedInFy2026.Findings));
        Assert.That(servedInFy2027.Findings.Where(f => f.Path == "diagnoses[1].code").Select(f => f.Code), Has.Member("PAK-DX-007"));
    }

    private static ValidationReport Validate(Func<PreAuthCase, PreAuthCase> mutate, Action<ValidationOptions>? configure)
    {
        var options = new ValidationOptions();
        configure?.Invoke(options);
        return CaseValidator.Validate(mutate(TestCases.BurnScarForearm().Case), Today, options);
    }

    private static PreAuthCase Dx(PreAuthCase c, params string[] codes) => c with { Diagnoses = [.. codes.Select((code, i) => new Diagnosis { Code = code, Primary = i == 0 })] };

    private static PreAuthCase Proc(PreAuthCase c, Func<Procedure, Procedure> f) => c with { Procedures = [f(c.Procedures[0])] };

    private static PreAuthCase Procs(PreAuthCase c, params (string Code, string[]? Modifiers)[] lines)
        => c with { Procedures = [.. lines.Select(l => c.Procedures[0] with { Code = l.Code, Modifiers = l.Modifiers ?? [], Description = "Service described in the clinic's own words" })] };

    private static PreAuthCase AcneScars(PreAuthCase c) => c with { History = c.History with { Condition = "Atrophic acne scars of both cheeks" } };

    private static PreAuthCase Old(PreAuthCase c) => c with { History = c.History with { Onset = new DateOnly(2024, 3, 2) } };

    private static PreAuthCase Recent(PreAuthCase c) => c with { History = c.History with { Onset = new DateOnly(2026, 11, 1) } };

    private static IEnumerable<TestCaseData> Rules()
    {
        const FindingSeverity E = FindingSeverity.Error;
        const FindingSeverity W = FindingSeverity.Warning;
        CodingRule[] rules =
        [
            // ICD-10-CM sequencing and conventions
            new("external cause first-listed", "PAK-DX-014", "diagnoses[0].code", E, "I.C.20.a.6",
                c => Dx(c, "X10.0XXS", "L90.5"), c => Dx(c, "L90.5", "T22.312S", "X10.0XXS")),
            new("manifestation first-listed", "PAK-DX-015", "diagnoses[0].code", E, "I.A.13",
                c => Dx(c, "L99", "L90.5"), c => Dx(c, "L90.5", "L99")),
            new("sequela code first-listed", "PAK-DX-016", "diagnoses[0].code", W, "I.B.10",
                c => Dx(c, "T22.312S", "L90.5"), c => Dx(c, "L90.5", "T22.312S")),
            new("initial encounter for an old burn scar", "PAK-DX-017", "diagnoses[1].code", W, "I.C.19.a",
                c => Old(Dx(c, "L90.5", "T22.312A")), c => Old(Dx(c, "L90.5", "T22.312S"))),
            new("initial encounter for a recent burn is right", "PAK-DX-017", "diagnoses[1].code", W, "I.C.19.a",
                c => Dx(c, "L91.0", "T22.312A") with { History = c.History with { Onset = null } }, c => Recent(Dx(c, "L91.0", "T22.312A"))),
            new("initial encounter when only the service description names the scar", "PAK-DX-017", "diagnoses[0].code", W, "I.C.19.a",
                c => Old(Dx(c, "T22.312A")) with { History = c.History with { Condition = "Burn of the left forearm", Onset = new DateOnly(2024, 3, 2) } },
                c => Old(Dx(c, "T22.312S")) with { History = c.History with { Condition = "Burn of the left forearm", Onset = new DateOnly(2024, 3, 2) } }),
            new("T31 extent code with burn sequela", "PAK-DX-018", "diagnoses[2].code", W, "I.C.19.d.6",
                c => Dx(c, "L90.5", "T22.312S", "T31.10"), c => Dx(c, "L90.5", "T22.312S")),
            new("T32 extent code with burn sequela", "PAK-DX-018", "diagnoses[1].code", W, "I.C.19.d.6",
                c => Dx(c, "L90.5", "T32.0") , c => Dx(c, "L90.5", "T22.312S")),
            new("placeholder X missing before S", "PAK-DX-019", "diagnoses[1].code", E, "I.A.4",
                c => Dx(c, "L90.5", "T21.22S"), c => Dx(c, "L90.5", "T21.22XS")),
            new("placeholder X missing before A", "PAK-DX-019", "diagnoses[1].code", E, "I.A.4",
                c => Recent(Dx(c, "L90.5", "T20.00A")), c => Recent(Dx(c, "L90.5", "T20.00XA"))),
            new("encounter for cosmetic surgery", "PAK-DX-020", "diagnoses[1].code", W, "Z41",
                c => Dx(c, "L90.5", "Z41.1"), c => Dx(c, "L90.5", "L91.0")),
            new("personal history of skin cancer first-listed", "PAK-DX-021", "diagnoses[0].code", W, "I.C.21.c.4",
                c => Dx(c, "Z85.828", "L90.5"), c => Dx(c, "L90.5", "Z85.828")),
            new("acne keloid coded for acne scars", "PAK-DX-022", "diagnoses[0].code", W, "L73.0",
                c => AcneScars(Dx(c, "L73.0")), c => AcneScars(Dx(c, "L90.5"))),
            new("acne keloid for folliculitis keloidalis is right", "PAK-DX-022", "diagnoses[0].code", W, "L73.0",
                c => Dx(c, "L73.0") with { Procedures = [c.Procedures[0] with { Description = "Laser treatment of post-acne scarring of the cheeks, 40 sq cm" }] },
                c => Dx(c, "L73.0") with { History = c.History with { Condition = "Folliculitis keloidalis of the occipital scalp" } }),
            new("cosmetic list: L81.4 and L90.6 without impairment", "PAK-DX-011", "diagnoses", W, "NCD 250.4",
                c => Dx(c, "L81.4", "L90.6") with { Assessment = c.Assessment with { FunctionalImpairments = [] } },
                c => Dx(c, "L57.0") with { Assessment = c.Assessment with { FunctionalImpairments = [] } }),

            // CPT / HCPCS
            new("Category II code requested", "PAK-CPT-010", "procedures[0].code", E, "Category II",
                c => Procs(c, ("1000F", null)), c => Procs(c, ("0479T", null))),
            new("0480T without 0479T", "PAK-CPT-011", "procedures[0].code", E, "addon-codes.tsv",
                c => Procs(c, ("0480T", null)), c => Procs(c, ("0479T", null), ("0480T", null))),
            new("15787 without 15786", "PAK-CPT-011", "procedures[1].code", E, "addon-codes.tsv",
                c => Procs(c, ("17999", null), ("15787", null)), c => Procs(c, ("15786", null), ("15787", null))),
            new("17003 without 17000", "PAK-CPT-011", "procedures[0].code", E, "addon-codes.tsv",
                c => Procs(c, ("17003", null)), c => Procs(c, ("17000", null), ("17003", null))),
            new("service without a start date", "PAK-CPT-012", "procedures[0].startDate", W, "X12 278",
                c => Proc(c, p => p with { StartDate = null, EndDate = null }), c => c),
            new("service without an end date", "PAK-CPT-012", "procedures[0].endDate", W, "X12 278",
                c => Proc(c, p => p with { EndDate = null }), c => c),
            new("implausible units", "PAK-CPT-013", "procedures[0].units", W, "MaxPlausibleUnits",
                c => Proc(c, p => p with { Units = 53 }), c => Proc(c, p => p with { Units = 52 })),
            new("unknown modifier", "PAK-CPT-014", "procedures[0].modifiers[0]", W, "modifiers.tsv",
                c => Proc(c, p => p with { Modifiers = ["Q9"] }), c => Proc(c, p => p with { Modifiers = ["XS"] })),
            new("modifier of three characters", "PAK-CPT-008", "procedures[0].modifiers[0]", E, "modifiers.tsv",
                c => Proc(c, p => p with { Modifiers = ["LT1"] }), c => Proc(c, p => p with { Modifiers = ["RT"] })),
        ];
        return rules.Select(r => new TestCaseData(r).SetArgDisplayNames($"{r.Code} {r.Name}"));
    }
}

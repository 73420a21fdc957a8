using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Appeals;

/// <summary>
/// The filing rules an appeals specialist applies, table-driven: a failing and a passing variant of
/// the sample case with an appeal, and the source each rule implements. The sample is submitted
/// 2026-11-20; validation runs on 2026-11-26.
/// </summary>
public class DeadlineRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public sealed record DeadlineRule(string Name, string Code, string Path, FindingSeverity Severity, string Source,
        Func<PreAuthCase, PreAuthCase> Failing, Func<PreAuthCase, PreAuthCase> Passing, Action<ValidationOptions>? Configure = null)
    {
        public override string ToString() => Name;
    }

    [TestCaseSource(nameof(Rules))]
    public void Failing_case_reports_the_rule(DeadlineRule rule)
    {
        var report = Validate(rule.Failing, rule.Configure);

        Assert.That(report.Findings, Has.Some.Matches<ValidationFinding>(f => f!.Code == rule.Code && f.Path == rule.Path && f.Severity == rule.Severity),
            () => $"{rule.Source}; got: " + string.Join("\n", report.Findings));
        Assert.That(report.Findings.Where(f => f.Code == rule.Code).Select(f => f.Message), Has.None.Contains("{").And.None.Contains("}"), "every hole of the message is filled");
    }

    [TestCaseSource(nameof(Rules))]
    public void Passing_case_does_not_report_the_rule(DeadlineRule rule)
    {
        var report = Validate(rule.Passing, rule.Configure);

        Assert.That(report.Findings.Select(f => f.Code), Has.No.Member(rule.Code), () => $"{rule.Source}; got: " + string.Join("\n", report.Findings));
    }

    [TestCaseSource(nameof(Rules))]
    public void Rule_and_its_source_are_documented(DeadlineRule rule)
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "case-file.md"));
        var row = doc.Split('\n').FirstOrDefault(line => line.StartsWith($"| `{rule.Code}`", StringComparison.Ordinal));

        Assert.That(row, Is.Not.Null, $"{rule.Code} has no row in docs/case-file.md");
        Assert.That(row, Does.Contain(rule.Source), $"the row of {rule.Code} does not cite {rule.Source}");
    }

    [Test]
    public void Good_cause_turns_the_passed_deadline_into_a_warning()
    {
        var late = Validate(c => Apl(c, a => a with { DenialDate = D("2026-05-01") }), null);
        var excused = Validate(c => Apl(c, a => a with { DenialDate = D("2026-05-01"), GoodCauseForLateFiling = "The notice was sent to a former address." }), null);

        Assert.That(late.IsBlocking, Is.True);
        Assert.That(late.Findings.Single(f => f.Code == "PAK-APL-007").Message, Does.Contain("goodCauseForLateFiling"));
        Assert.That(excused.IsBlocking, Is.False, () => string.Join("\n", excused.Findings));
        Assert.That(excused.Findings.Single(f => f.Code == "PAK-APL-017").Message, Does.Contain("passed 23 day(s)"));
    }

    [Test]
    public void A_date_at_the_end_of_the_calendar_is_a_finding_not_a_crash()
    {
        var report = Validate(c => Apl(c, a => a with { Level = AppealLevel.ExternalReview, FinalInternalDenialDate = DateOnly.MaxValue, ReceivedOn = DateOnly.MaxValue }), null);

        Assert.That(report.IsBlocking, Is.True);
        Assert.That(report.Findings.Select(f => f.Code), Has.Member("PAK-APL-014").And.Member("PAK-APL-006"));
    }

    [Test]
    public async Task A_case_dated_9999_12_31_is_refused_with_findings_when_rendered()
    {
        var sample = TestCases.BurnScarForearm();
        var @case = Apl(sample.Case, a => a with { DenialDate = DateOnly.MaxValue, ReceivedOn = DateOnly.MaxValue, FirstLevelDecisionDate = DateOnly.MaxValue, Level = AppealLevel.SecondInternal })
            with { SubmittedOn = DateOnly.MaxValue };

        var ex = await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator().RenderAppealAsync(sample with { Case = @case }));

        Assert.That(ex!.Report.Errors.Select(f => f.Code), Has.Member("PAK-APL-003"));
    }

    [Test]
    public void A_suppressed_judgement_call_is_left_out()
    {
        var report = Validate(c => Apl(c, a => a with { Expedited = true, Level = AppealLevel.SecondInternal }), o =>
        {
            o.SuppressedWarnings.Add("PAK-APL-023");
            o.SuppressedWarnings.Add("pak-apl-018");
        });

        Assert.That(report.Findings.Select(f => f.Code), Has.No.Member("PAK-APL-023").And.No.Member("PAK-APL-018"));
    }

    private static ValidationReport Validate(Func<PreAuthCase, PreAuthCase> mutate, Action<ValidationOptions>? configure)
    {
        var options = new ValidationOptions();
        configure?.Invoke(options);
        return CaseValidator.Validate(mutate(TestCases.BurnScarForearm().Case), Today, options);
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Appeal Appeal() => new() { Level = AppealLevel.FirstInternal, ClaimNumber = "CLM-0001", DenialDate = D("2026-10-01"), DenialCode = "CO-50" };

    private static PreAuthCase Apl(PreAuthCase c, Func<Appeal, Appeal> f) => c with { Appeal = f(Appeal()) };

    private static PreAuthCase Plan(PreAuthCase c, PlanType plan) => c with { Payer = c.Payer with { PlanType = plan } };

    private static IEnumerable<TestCaseData> Rules()
    {
        const FindingSeverity E = FindingSeverity.Error;
        const FindingSeverity W = FindingSeverity.Warning;
        DeadlineRule[] rules =
        [
            // Receipt-based windows: 180 days following receipt (notice 2026-05-20 received 2026-05-25: due 2026-11-21).
            new("180 days run from the stated receipt", "PAK-APL-007", "appeal.denialDate", E, "2560.503-1(h)(3)(i)",
                c => Apl(c, a => a with { DenialDate = D("2026-05-20") }), c => Apl(c, a => a with { DenialDate = D("2026-05-20"), ReceivedOn = D("2026-05-25") })),
            new("external review: 4 months after receipt, first day of the fifth month", "PAK-APL-007", "appeal.denialDate", E, "45 CFR 147.136(d)",
                c => Apl(c, a => a with { Level = AppealLevel.ExternalReview, DenialDate = D("2026-06-01"), FinalInternalDenialDate = D("2026-07-19") }),
                c => Apl(c, a => a with { Level = AppealLevel.ExternalReview, DenialDate = D("2026-06-01"), FinalInternalDenialDate = D("2026-07-20") })),
            new("good cause instead of a blocking passed deadline", "PAK-APL-017", "appeal.goodCauseForLateFiling", W, "405.942(b)",
                c => Apl(c, a => a with { DenialDate = D("2026-05-01"), GoodCauseForLateFiling = "Hospitalized from June to October" }),
                c => Apl(c, a => a with { GoodCauseForLateFiling = "Hospitalized from June to October" })),
            new("deadline beyond 9999-12-31", "PAK-APL-014", "appeal.denialDate", E, "never a crash",
                c => Apl(c, a => a with { ReceivedOn = DateOnly.MaxValue }), c => Apl(c, a => a with { ReceivedOn = D("2026-10-06") })),
            new("receipt before the notice", "PAK-APL-015", "appeal.receivedOn", E, "405.942(a)",
                c => Apl(c, a => a with { ReceivedOn = D("2026-09-30") }), c => Apl(c, a => a with { ReceivedOn = D("2026-10-01") })),
            new("receipt after the submission", "PAK-APL-015", "appeal.receivedOn", E, "405.942(a)",
                c => Apl(c, a => a with { ReceivedOn = D("2026-11-21") }), c => Apl(c, a => a with { ReceivedOn = D("2026-11-20") })),

            // Medicare: filed when received (notice 2026-07-19, presumed received 07-24, due 11-21: one day left).
            new("Medicare redetermination may arrive after the deadline", "PAK-APL-016", "appeal.denialDate", W, "405.942(a)(2)",
                c => Plan(Apl(c, a => a with { Level = AppealLevel.MedicareRedetermination, DenialDate = D("2026-07-19") }), PlanType.Medicare),
                c => Plan(Apl(c, a => a with { Level = AppealLevel.MedicareRedetermination, DenialDate = D("2026-07-23") }), PlanType.Medicare)),

            // Second level counts from the first-level decision.
            new("second level without the first-level decision date", "PAK-APL-018", "appeal.firstLevelDecisionDate", W, "first-level decision",
                c => Apl(c, a => a with { Level = AppealLevel.SecondInternal }), c => Apl(c, a => a with { Level = AppealLevel.SecondInternal, FirstLevelDecisionDate = D("2026-11-01") })),
            new("second level counts from the first-level decision, not the denial", "PAK-APL-007", "appeal.denialDate", E, "2560.503-1(h)(3)(i)",
                c => Apl(c, a => a with { Level = AppealLevel.SecondInternal, DenialDate = D("2026-01-05") }),
                c => Apl(c, a => a with { Level = AppealLevel.SecondInternal, DenialDate = D("2026-01-05"), FirstLevelDecisionDate = D("2026-06-01") })),
            new("first-level decision before the denial", "PAK-APL-019", "appeal.firstLevelDecisionDate", E, "original denial",
                c => Apl(c, a => a with { Level = AppealLevel.SecondInternal, FirstLevelDecisionDate = D("2026-09-30") }),
                c => Apl(c, a => a with { Level = AppealLevel.SecondInternal, FirstLevelDecisionDate = D("2026-10-01") })),

            new("date of service after the denial", "PAK-APL-024", "appeal.dateOfService", E, "162.1000(a)",
                c => Apl(c, a => a with { DateOfService = D("2026-10-02") }), c => Apl(c, a => a with { DateOfService = D("2026-10-01") })),

            // Routes by plan type.
            new("external review on Original Medicare", "PAK-APL-020", "appeal.level", E, "405.960ff.",
                c => Plan(Apl(c, a => a with { Level = AppealLevel.ExternalReview, FinalInternalDenialDate = D("2026-10-15") }), PlanType.Medicare),
                c => Plan(Apl(c, a => a with { Level = AppealLevel.ExternalReview, FinalInternalDenialDate = D("2026-10-15") }), PlanType.Commercial)),
            new("external review on Medicare Advantage", "PAK-APL-021", "appeal.level", W, "422.578-422.592",
                c => Plan(Apl(c, a => a with { Level = AppealLevel.ExternalReview, FinalInternalDenialDate = D("2026-10-15") }), PlanType.MedicareAdvantage),
                c => Plan(Apl(c, a => a), PlanType.MedicareAdvantage)),
            new("first-internal on Original Medicare", "PAK-APL-022", "appeal.level", W, "405.940-405.958",
                c => Plan(Apl(c, a => a), PlanType.Medicare), c => Plan(Apl(c, a => a with { Level = AppealLevel.MedicareRedetermination }), PlanType.Medicare)),
            new("expedited without a reason", "PAK-APL-023", "appeal.urgencyReason", W, "422.584",
                c => Apl(c, a => a with { Expedited = true }), c => Apl(c, a => a with { Expedited = true, UrgencyReason = "Progressive contracture threatens wrist function" })),
            new("expedited with the case's urgency reason", "PAK-APL-023", "appeal.urgencyReason", W, "422.584",
                c => Apl(c, a => a with { Expedited = true }), c => Apl(c, a => a with { Expedited = true }) with { UrgencyReason = "Progressive contracture threatens wrist function" }),
        ];
        return rules.Select(r => new TestCaseData(r).SetArgDisplayNames($"{r.Code} {r.Name}"));
    }
}

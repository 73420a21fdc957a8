using PreAuthKit.Model;
using PreAuthKit.Policies;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Policies;

/// <summary>The documented semantics of each evidence kind (docs/policies.md), at their boundaries.</summary>
public class PolicyEvaluatorTests
{
    private static readonly DateOnly Submitted = new(2026, 11, 20);

    [TestCase("2026-01-15", "2026-07-15", CriterionStatus.Met, TestName = "Exactly six calendar months is at least six months")]
    [TestCase("2026-01-15", "2026-07-14", CriterionStatus.NotMet, TestName = "One day short of six months is not")]
    [TestCase("2026-02-01", "2026-07-31", CriterionStatus.NotMet, TestName = "Months are calendar months, not 30-day blocks (180 days here is not six months)")]
    [TestCase("2026-08-31", "2027-02-28", CriterionStatus.Met, TestName = "From the 31st, six months end on the last day of a shorter month")]
    [TestCase("2026-05-20", null, CriterionStatus.Met, TestName = "An ongoing treatment runs to the submission date")]
    [TestCase("2026-05-21", null, CriterionStatus.NotMet, TestName = "An ongoing treatment started less than six months before submission is not enough")]
    public void Prior_treatment_for_at_least_N_months(string start, string? end, CriterionStatus expected)
    {
        var @case = Case() with { History = new MedicalHistory { PriorTreatments = [Treatment("Silicone gel sheeting", start, end)] } };

        Assert.That(Evaluate(@case, """{ "kind": "priorTreatment", "terms": ["silicone"], "minMonths": 6 }"""), Is.EqualTo(expected));
    }

    [TestCase("2026-04-01", CriterionStatus.Met, TestName = "Treatments that touch (next day) join into one span")]
    [TestCase("2026-04-02", CriterionStatus.NotMet, TestName = "A gap between treatments breaks the span")]
    public void Consecutive_treatments_of_the_kind_add_up_when_they_leave_no_gap(string secondStart, CriterionStatus expected)
    {
        var @case = Case() with
        {
            History = new MedicalHistory
            {
                PriorTreatments = [Treatment("Silicone gel sheeting", "2026-01-01", "2026-03-31"), Treatment("Pressure garment therapy", secondStart, "2026-07-01")],
            },
        };

        Assert.That(Evaluate(@case, """{ "kind": "priorTreatment", "terms": ["silicone", "pressure"], "minMonths": 6 }"""), Is.EqualTo(expected));
    }

    [Test]
    public void A_treatment_of_another_kind_or_without_an_outcome_does_not_count()
    {
        var @case = Case() with { History = new MedicalHistory { PriorTreatments = [Treatment("Laser", "2024-01-01", "2025-01-01"), Treatment("Silicone gel", "2024-01-01", "2025-01-01") with { Outcome = null }] } };

        Assert.Multiple(() =>
        {
            Assert.That(Evaluate(@case, """{ "kind": "priorTreatment", "terms": ["pressure"] }"""), Is.EqualTo(CriterionStatus.NotMet));
            Assert.That(Evaluate(@case, """{ "kind": "priorTreatment", "terms": ["SILICONE"] }"""), Is.EqualTo(CriterionStatus.Met), "terms ignore case");
            Assert.That(Evaluate(@case, """{ "kind": "priorTreatment", "terms": ["silicone"], "requireOutcome": true }"""), Is.EqualTo(CriterionStatus.NotMet));
            Assert.That(Evaluate(@case, """{ "kind": "priorTreatment", "minCount": 2 }"""), Is.EqualTo(CriterionStatus.Met), "no terms: every treatment counts");
            Assert.That(Evaluate(@case, """{ "kind": "priorTreatment", "minCount": 3 }"""), Is.EqualTo(CriterionStatus.NotMet));
        });
    }

    [TestCase("L91.0", """{ "kind": "diagnosis", "codes": ["L91.0"] }""", CriterionStatus.Met, TestName = "A listed code matches itself")]
    [TestCase("L910", """{ "kind": "diagnosis", "codes": ["L91.0"] }""", CriterionStatus.Met, TestName = "Codes compare without the dot")]
    [TestCase("L91.8", """{ "kind": "diagnosis", "codes": ["L91"] }""", CriterionStatus.Met, TestName = "A listed category matches every code below it")]
    [TestCase("L91", """{ "kind": "diagnosis", "codes": ["L91.0"] }""", CriterionStatus.NotMet, TestName = "A listed code does not match its parent category")]
    [TestCase("T22.312S", """{ "kind": "diagnosis", "ranges": [{ "from": "T20", "to": "T25" }] }""", CriterionStatus.Met, TestName = "A range includes the codes below its bounds")]
    [TestCase("T25.799S", """{ "kind": "diagnosis", "ranges": [{ "from": "T20", "to": "T25" }] }""", CriterionStatus.Met, TestName = "A range's upper bound is inclusive")]
    [TestCase("T20.0", """{ "kind": "diagnosis", "ranges": [{ "from": "T20", "to": "T25" }] }""", CriterionStatus.Met, TestName = "A range's lower bound is inclusive")]
    [TestCase("T26.0", """{ "kind": "diagnosis", "ranges": [{ "from": "T20", "to": "T25" }] }""", CriterionStatus.NotMet, TestName = "A code after the range is outside it")]
    [TestCase("L90.5", """{ "kind": "diagnosis", "ranges": [{ "from": "L90.5", "to": "L91.0" }] }""", CriterionStatus.Met, TestName = "Ranges can be bounded by full codes")]
    [TestCase("L90.6", """{ "kind": "diagnosis", "ranges": [{ "from": "L90.5", "to": "L90.5" }] }""", CriterionStatus.NotMet, TestName = "A one-code range holds that code only")]
    public void Diagnosis_codes_and_ranges(string code, string evidence, CriterionStatus expected)
    {
        var @case = Case() with { Diagnoses = [new Diagnosis { Code = code, Primary = true }] };

        Assert.That(Evaluate(@case, evidence), Is.EqualTo(expected));
    }

    [Test]
    public void Primary_only_ignores_secondary_diagnoses()
    {
        var @case = Case() with { Diagnoses = [new Diagnosis { Code = "L90.5", Primary = true }, new Diagnosis { Code = "L91.0" }] };

        Assert.That(Evaluate(@case, """{ "kind": "diagnosis", "codes": ["L91.0"], "primaryOnly": true }"""), Is.EqualTo(CriterionStatus.NotMet));
        Assert.That(Evaluate(@case, """{ "kind": "diagnosis", "codes": ["L91.0"] }"""), Is.EqualTo(CriterionStatus.Met));
    }

    [TestCase("""{ "kind": "measurement", "measure": ["range-of-motion"], "site": "wrist", "comparison": "lt", "value": 40, "unit": "degrees" }""", CriterionStatus.NotMet, TestName = "lt is exclusive: 40 degrees is not below 40")]
    [TestCase("""{ "kind": "measurement", "measure": ["range-of-motion"], "site": "wrist", "comparison": "lte", "value": 40, "unit": "degrees" }""", CriterionStatus.Met, TestName = "lte is inclusive: 40 degrees is at or below 40")]
    [TestCase("""{ "kind": "measurement", "measure": ["wrist active extension"], "comparison": "lt", "value": 60 }""", CriterionStatus.Met, TestName = "A measure is found by its name")]
    [TestCase("""{ "kind": "measurement", "measure": ["Vancouver"], "comparison": "gte", "value": 9, "unit": "points" }""", CriterionStatus.Met, TestName = "gte is inclusive and the default unit is compared without its printed range")]
    [TestCase("""{ "kind": "measurement", "measure": ["vss"], "comparison": "gt", "value": 9 }""", CriterionStatus.NotMet, TestName = "gt is exclusive")]
    [TestCase("""{ "kind": "measurement", "measure": ["range-of-motion"], "comparison": "lt", "value": 60, "unit": "radians" }""", CriterionStatus.NotMet, TestName = "Another unit does not meet a threshold")]
    [TestCase("""{ "kind": "measurement", "measure": ["range-of-motion"], "comparison": "lt", "value": 58, "percentOfNormal": true }""", CriterionStatus.Met, TestName = "Percent of normal: 40 of 70 is 57.1 percent")]
    [TestCase("""{ "kind": "measurement", "measure": ["range-of-motion"], "comparison": "lt", "value": 57, "percentOfNormal": true }""", CriterionStatus.NotMet, TestName = "Percent of normal: 57.1 percent is not below 57")]
    [TestCase("""{ "kind": "measurement", "measure": ["posas"], "comparison": "gt", "value": 1 }""", CriterionStatus.NotMet, TestName = "No measurement of the kind is not met")]
    public void Measurement_thresholds(string evidence, CriterionStatus expected)
    {
        Assert.That(Evaluate(Case(), evidence), Is.EqualTo(expected));
    }

    [Test]
    public void The_most_recent_measurement_decides()
    {
        var older = new Measurement { Kind = MeasurementKind.RangeOfMotion, Name = "Wrist extension", Value = 30, MeasuredOn = new DateOnly(2026, 1, 1) };
        var newer = older with { Value = 65, MeasuredOn = new DateOnly(2026, 10, 1) };
        var @case = Case() with { Measurements = [newer, older] };

        Assert.That(Evaluate(@case, """{ "kind": "measurement", "measure": ["wrist extension"], "comparison": "lt", "value": 60 }"""), Is.EqualTo(CriterionStatus.NotMet));
    }

    [TestCase(6, CriterionStatus.Met, TestName = "Sessions at the maximum are within it (inclusive)")]
    [TestCase(7, CriterionStatus.NotMet, TestName = "Sessions above the maximum are not")]
    public void Session_count_at_most_N(int sessions, CriterionStatus expected)
    {
        var @case = Case() with { TreatmentPlan = new TreatmentPlan { Sessions = sessions } };

        Assert.That(Evaluate(@case, """{ "kind": "sessions", "max": 6 }"""), Is.EqualTo(expected));
    }

    [Test]
    public void Without_a_planned_session_count_the_units_of_the_governed_codes_count()
    {
        var @case = Case() with
        {
            TreatmentPlan = new TreatmentPlan(),
            Procedures = [new Procedure { Code = "17999", Units = 4 }, new Procedure { Code = "99213", Units = 9 }],
        };

        Assert.That(Evaluate(@case, """{ "kind": "sessions", "min": 3, "max": 4 }"""), Is.EqualTo(CriterionStatus.Met));
        Assert.That(Evaluate(@case, """{ "kind": "sessions", "min": 5 }"""), Is.EqualTo(CriterionStatus.NotMet));
    }

    [TestCase("2025-11-20", CriterionStatus.Met, TestName = "A condition present exactly 12 months has lasted 12 months")]
    [TestCase("2025-11-21", CriterionStatus.NotMet, TestName = "One day less has not")]
    public void Condition_present_for_at_least_N_months(string onset, CriterionStatus expected)
    {
        var @case = Case() with { History = new MedicalHistory { Onset = DateOnly.Parse(onset, System.Globalization.CultureInfo.InvariantCulture) } };

        Assert.That(Evaluate(@case, """{ "kind": "conditionDuration", "minMonths": 12 }"""), Is.EqualTo(expected));
    }

    [TestCase(90, CriterionStatus.Met, TestName = "A photograph taken 90 days before submission is within 90 days")]
    [TestCase(91, CriterionStatus.NotMet, TestName = "One taken 91 days before is not")]
    public void Photographs_within_N_days(int daysBefore, CriterionStatus expected)
    {
        var @case = Case() with { Photos = [new PhotoRecord { Path = "a.jpg", TakenOn = Submitted.AddDays(-daysBefore) }] };

        Assert.That(Evaluate(@case, """{ "kind": "photographs", "maxAgeDays": 90 }"""), Is.EqualTo(expected));
    }

    [Test]
    public void Photographs_must_be_dated_unless_the_pack_says_otherwise_and_consent_counts_when_required()
    {
        var @case = Case() with { Photos = [new PhotoRecord { Path = "a.jpg" }, new PhotoRecord { Path = "b.jpg", TakenOn = Submitted, ConsentOnFile = false }] };

        Assert.Multiple(() =>
        {
            Assert.That(Evaluate(@case, """{ "kind": "photographs", "minCount": 2 }"""), Is.EqualTo(CriterionStatus.NotMet));
            Assert.That(Evaluate(@case, """{ "kind": "photographs", "minCount": 2, "requireDated": false }"""), Is.EqualTo(CriterionStatus.Met));
            Assert.That(Evaluate(@case, """{ "kind": "photographs", "requireConsent": true }"""), Is.EqualTo(CriterionStatus.NotMet));
        });
    }

    [Test]
    public void Impairments_symptoms_and_record_text_match_terms_without_regard_to_case()
    {
        var @case = Case();

        Assert.Multiple(() =>
        {
            Assert.That(Evaluate(@case, """{ "kind": "functionalImpairment", "terms": ["WRIST EXTENSION"] }"""), Is.EqualTo(CriterionStatus.Met));
            Assert.That(Evaluate(@case, """{ "kind": "functionalImpairment", "minCount": 4 }"""), Is.EqualTo(CriterionStatus.NotMet), "the sample records three");
            Assert.That(Evaluate(@case, """{ "kind": "symptom", "terms": ["pruritus"] }"""), Is.EqualTo(CriterionStatus.Met));
            Assert.That(Evaluate(@case, """{ "kind": "recordText", "fields": ["history.cause"], "terms": ["scald"] }"""), Is.EqualTo(CriterionStatus.Met));
            Assert.That(Evaluate(@case, """{ "kind": "recordText", "fields": ["history.condition"], "terms": ["scald"] }"""), Is.EqualTo(CriterionStatus.NotMet), "only the named fields are searched");
        });
    }

    [Test]
    public void An_attestation_is_needed_until_the_case_supplies_one_for_that_criterion()
    {
        const string Attest = """{ "kind": "attestation", "statement": "Not for appearance." }""";
        var attested = Case() with { Policy = new CasePolicy { Attestations = [new PolicyAttestation { Criterion = "x1", Statement = "I attest the treatment is not for appearance." }] } };
        var otherCriterion = Case() with { Policy = new CasePolicy { Attestations = [new PolicyAttestation { Criterion = "X2", Statement = "I attest." }] } };

        Assert.Multiple(() =>
        {
            Assert.That(Evaluate(Case(), Attest), Is.EqualTo(CriterionStatus.NeedsAttestation));
            Assert.That(Evaluate(attested, Attest), Is.EqualTo(CriterionStatus.Met), "criterion ids ignore case");
            Assert.That(Evaluate(otherCriterion, Attest), Is.EqualTo(CriterionStatus.NeedsAttestation));
        });
    }

    [Test]
    public void All_and_any_combine_met_needs_attestation_and_not_met_as_documented()
    {
        const string Met = """{ "kind": "sessions", "max": 6 }""";
        const string NotMet = """{ "kind": "sessions", "max": 1 }""";
        const string Attest = """{ "kind": "attestation", "statement": "s" }""";
        var @case = Case();

        Assert.Multiple(() =>
        {
            Assert.That(Evaluate(@case, Met, Attest), Is.EqualTo(CriterionStatus.NeedsAttestation), "all: met + needs attestation");
            Assert.That(Evaluate(@case, NotMet, Attest), Is.EqualTo(CriterionStatus.NotMet), "all: not met wins");
            Assert.That(Evaluate(@case, "any", NotMet, Attest), Is.EqualTo(CriterionStatus.NeedsAttestation), "any: attestation beats not met");
            Assert.That(Evaluate(@case, "any", Attest, Met), Is.EqualTo(CriterionStatus.Met), "any: met wins");
            Assert.That(Evaluate(@case, "any", NotMet, $$"""{ "kind": "group", "met": "all", "evidence": [{{Met}}, {{Met}}] }"""), Is.EqualTo(CriterionStatus.Met), "nested group");
        });
    }

    [Test]
    public void An_appeal_answers_the_cited_criteria_first_and_the_rest_in_the_pack_order()
    {
        var pack = PolicyCases.Pack("example-health-plan-scar-treatment.json");
        var appeal = Case() with { Appeal = new Appeal { DenialCode = "CO-50" }, Policy = new CasePolicy { CitedCriteria = ["C4", "c6"] } };
        var request = appeal with { Appeal = null };

        Assert.That(PolicyEvaluator.Evaluate(appeal, pack).Criteria.Select(c => c.Criterion.Id), Is.EqualTo(new[] { "C4", "C6", "C1", "C2", "C3", "C5", "C7" }));
        Assert.That(PolicyEvaluator.Evaluate(request, pack).Criteria.Select(c => c.Criterion.Id), Is.EqualTo(new[] { "C1", "C2", "C3", "C4", "C5", "C6", "C7" }));
    }

    [Test]
    public void Criteria_not_met_are_warnings_by_default_and_errors_under_strict()
    {
        var pack = PolicyCases.Pack("example-health-plan-scar-treatment.json");
        var @case = Case() with { TreatmentPlan = Case().TreatmentPlan with { Sessions = 12 } };
        var evaluation = PolicyEvaluator.Evaluate(@case, pack);

        var lenient = PolicyEvaluator.Findings(@case, evaluation, strict: false).Single();
        var strict = PolicyEvaluator.Findings(@case, evaluation, strict: true).Single();

        Assert.That(evaluation.Criteria.Single(c => c.Status != CriterionStatus.Met).Criterion.Id, Is.EqualTo("C7"));
        Assert.That((lenient.Code, lenient.Severity, strict.Severity), Is.EqualTo(("PAK-POL-101", FindingSeverity.Warning, FindingSeverity.Error)));
        Assert.That(lenient.Message, Does.Contain("C7").And.Contain("at most 6 sessions"));
    }

    private static PreAuthCase Case() => TestCases.BurnScarForearm().Case;

    private static PriorTreatment Treatment(string name, string start, string? end) => new()
    {
        Treatment = name,
        StartedOn = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        EndedOn = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
        Outcome = "No adequate response",
    };

    private static CriterionStatus Evaluate(PreAuthCase @case, params string[] evidence)
    {
        var met = evidence[0] is "any" or "all" ? evidence[0] : "all";
        var items = evidence.Where(e => e is not ("any" or "all"));
        var json = $$"""
            { "format": "preauthkit-policy-pack/1", "payer": { "name": "P", "payerIds": ["EXHP1"] }, "policyId": "T-1", "title": "T", "version": "1",
              "sourceUrl": "https://example.org/t", "procedureCodes": ["17999"],
              "criteria": [{ "id": "X1", "text": "t", "met": "{{met}}", "evidence": [{{string.Join(",", items)}}] }] }
            """;
        return PolicyEvaluator.Evaluate(@case, PolicyPackReader.Parse(json)).Criteria.Single().Status;
    }
}

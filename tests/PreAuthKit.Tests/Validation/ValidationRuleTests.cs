using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Photos;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Validation;

/// <summary>
/// Every rule, table-driven: a failing variant of the (valid) sample case must produce the rule's
/// code at the expected path with the expected severity, and a passing variant, usually at the
/// boundary, must not produce the code at all.
/// </summary>
public class ValidationRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26); // TestCases.Clock; the sample is submitted 2026-11-20
    private static string _root = "";
    private static string _caseFolder = "";

    public sealed record RuleCase(string Name, string Code, string Path, FindingSeverity Severity, Func<PreAuthCase, PreAuthCase> Failing, Func<PreAuthCase, PreAuthCase> Passing, Action<ValidationOptions>? Configure = null)
    {
        public override string ToString() => Name;
    }

    [OneTimeSetUp]
    public static void CreatePhotoFolder()
    {
        _root = Directory.CreateTempSubdirectory("pak-rules-").FullName;
        _caseFolder = Path.Combine(_root, "case");
        Directory.CreateDirectory(Path.Combine(_caseFolder, "photos"));
        File.WriteAllBytes(Path.Combine(_caseFolder, "photos", "forearm.jpg"), TestImages.Jpeg(1600, 1200, app1Length: 20_000));
        File.WriteAllBytes(Path.Combine(_caseFolder, "photos", "forearm.png"), TestImages.Png(8, 6));
        File.WriteAllText(Path.Combine(_caseFolder, "photos", "notes.jpg"), "This is a text file named like a photo.\n");
        File.WriteAllBytes(Path.Combine(_caseFolder, "photos", "iphone.jpg"), TestImages.Heic());
        File.WriteAllBytes(Path.Combine(_caseFolder, "photos", "empty.jpg"), []);
        File.WriteAllBytes(Path.Combine(_caseFolder, "photos", "huge.png"), TestImages.PngHeaderOnly(20_000, 20_000));
        File.WriteAllBytes(Path.Combine(_caseFolder, "photos", "damaged.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00]);
        File.WriteAllBytes(Path.Combine(_root, "outside.jpg"), TestImages.Jpeg(100, 100));
    }

    [OneTimeTearDown]
    public static void DeletePhotoFolder() => Directory.Delete(_root, recursive: true);

    [TestCaseSource(nameof(Rules))]
    public void Failing_case_reports_the_rule(RuleCase rule)
    {
        var report = Validate(rule.Failing, rule.Configure);

        Assert.That(report.Findings, Has.Some.Matches<ValidationFinding>(f => f!.Code == rule.Code && f.Path == rule.Path && f.Severity == rule.Severity),
            () => "got: " + string.Join("\n", report.Findings));
    }

    [TestCaseSource(nameof(Rules))]
    public void Passing_case_does_not_report_the_rule(RuleCase rule)
    {
        var report = Validate(rule.Passing, rule.Configure);

        Assert.That(report.Findings.Select(f => f.Code), Has.No.Member(rule.Code), () => "got: " + string.Join("\n", report.Findings));
    }

    [Test]
    public void Sample_case_is_valid_without_findings()
    {
        var report = CaseValidator.Validate(TestCases.BurnScarForearm(), Today);

        Assert.That(report.IsBlocking, Is.False);
        Assert.That(report.Findings, Is.Empty, () => string.Join("\n", report.Findings));
    }

    [Test]
    public void Sample_case_without_photos_draws_only_the_missing_photo_warning()
    {
        var sample = TestCases.BurnScarForearm();
        var report = CaseValidator.Validate(sample with { Case = sample.Case with { Photos = [] } }, Today);

        Assert.That(report.IsBlocking, Is.False);
        Assert.That(report.Findings.Select(f => f.Code), Is.EqualTo(new[] { "PAK-PHO-001" }));
    }

    [Test]
    public void Strict_mode_turns_missing_checklist_items_into_errors()
    {
        var lenient = Validate(c => c with { History = new MedicalHistory(), Photos = [] }, null);
        var strict = Validate(c => c with { History = new MedicalHistory(), Photos = [] }, o => o.Strict = true);

        Assert.Multiple(() =>
        {
            Assert.That(lenient.IsBlocking, Is.False);
            Assert.That(lenient.Findings.Where(f => f.Code is "PAK-HIS-001" or "PAK-HIS-002" or "PAK-PHO-001").Select(f => f.Severity), Is.All.EqualTo(FindingSeverity.Warning));
            Assert.That(strict.IsBlocking, Is.True);
            Assert.That(strict.Findings.Where(f => f.Code is "PAK-HIS-001" or "PAK-HIS-002" or "PAK-PHO-001").Select(f => f.Severity), Is.All.EqualTo(FindingSeverity.Error));
            Assert.That(strict.Findings.Select(f => f.Code), Is.SupersetOf(new[] { "PAK-HIS-001", "PAK-HIS-002", "PAK-PHO-001" }));
        });
    }

    [Test]
    public void Generator_options_reach_the_validator()
    {
        var sample = TestCases.BurnScarForearm();
        var withoutPhotos = sample with { Case = sample.Case with { Photos = [] } };
        var lenient = TestCases.Generator().Validate(withoutPhotos);
        var strict = TestCases.Generator(o => o.Validation.Strict = true).Validate(withoutPhotos);

        Assert.That(lenient.IsBlocking, Is.False);
        Assert.That(strict.IsBlocking, Is.True);
        Assert.That(strict.Errors.Select(f => f.Code), Is.EqualTo(new[] { "PAK-PHO-001" }));
    }

    [Test]
    public async Task Rendering_a_blocking_case_throws_the_report_without_patient_data()
    {
        var caseFile = TestCases.BurnScarForearm();
        caseFile = caseFile with { Case = caseFile.Case with { Diagnoses = [new Diagnosis { Code = "T95.2", Primary = true }] } };

        var ex = await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator().RenderPreAuthorizationAsync(caseFile));

        Assert.That(ex!.Report.Errors.Select(f => f.Code), Has.Member("PAK-DX-004"));
        Assert.That(ex.Message, Does.Contain("PAK-DX-004").And.Contain("diagnoses[0].code").And.Not.Contain("T95"));
    }

    [Test]
    public void Findings_carry_their_checklist_section_and_group_in_checklist_order()
    {
        var report = Validate(c => c with
        {
            TreatmentPlan = new TreatmentPlan(),
            Patient = c.Patient with { MemberId = "" },
            Diagnoses = [new Diagnosis { Code = "L90", Primary = true }],
        }, null);

        Assert.That(report.BySection.Select(g => g.Key), Is.EqualTo(new[] { FindingSection.Patient, FindingSection.Diagnoses, FindingSection.Photographs, FindingSection.TreatmentPlan }));
        Assert.That(report.Findings.Single(f => f.Code == "PAK-TPL-001").Section, Is.EqualTo(FindingSection.TreatmentPlan));
    }

    [Test]
    public void Header_message_lists_the_billable_children()
    {
        var report = Validate(c => c with { Diagnoses = [new Diagnosis { Code = "L90", Primary = true }] }, null);

        var finding = report.Findings.Single(f => f.Code == "PAK-DX-005");
        Assert.That(finding.Message, Does.Contain("not billable").And.Contain("L90.0-L90.9").And.Contain("L90.5"));
    }

    [Test]
    public void Who_only_message_says_why()
    {
        var report = Validate(c => c with { Diagnoses = [new Diagnosis { Code = "T95.2", Primary = true }] }, null);

        Assert.That(report.Findings.Single(f => f.Code == "PAK-DX-004").Message, Does.Contain("WHO ICD-10").And.Contain("not in ICD-10-CM"));
    }

    [Test]
    public void Passed_deadline_says_by_how_many_days()
    {
        var report = Validate(c => c with { Appeal = Appeal() with { DenialDate = new DateOnly(2026, 5, 1) } }, null);

        Assert.That(report.Findings.Single(f => f.Code == "PAK-APL-007").Message, Does.Contain("passed 23 day(s)").And.Contain("2026-10-28"));
    }

    [Test]
    public void Absolute_photo_paths_pass_when_the_caller_allows_them()
    {
        var outside = Path.Combine(_root, "outside.jpg");

        var denied = Validate(c => c with { Photos = [Photo(outside)] }, null);
        var allowed = Validate(c => c with { Photos = [Photo(outside)] }, o => o.AllowAbsolutePhotoPaths = true);

        Assert.That(denied.Findings.Select(f => f.Code), Has.Member("PAK-PHO-004"));
        Assert.That(allowed.Findings.Where(f => f.Section == FindingSection.Photographs), Is.Empty);
    }

    [Test]
    public void Messages_never_contain_patient_identifiers()
    {
        var report = Validate(c => c with
        {
            Patient = c.Patient with { DateOfBirth = new DateOnly(2030, 1, 1), MemberId = "EXH\u0001" },
            Photos = [Photo("photos/notes.jpg")],
        }, null);

        var text = string.Join("\n", report.Findings.Select(f => f.Message));
        Assert.That(text, Does.Not.Contain("Jordan").And.Not.Contain("Sample").And.Not.Contain("EXH").And.Not.Contain("2030").And.Not.Contain("notes.jpg"));
    }

    [Test]
    public void A_case_built_in_code_names_photos_by_reference_not_by_path()
    {
        var @case = TestCases.BurnScarForearm().Case with { Photos = [Photo("photos/missing.jpg"), Photo("/etc/passwd"), Photo("forearm")] };
        var sources = new Dictionary<string, ContentSource> { ["forearm"] = ContentSource.FromBytes(SyntheticPhotos.Jpeg(400, 300)) };

        var report = CaseValidator.Validate(@case, Today, resolver: new MemoryContentResolver(sources));

        // References are names the host mapped, never paths: "/etc/passwd" is simply not a supplied photo.
        Assert.That(report.Errors.Where(f => f.Path.StartsWith("photos[", StringComparison.Ordinal)).Select(f => (f.Code, f.Path)),
            Is.EqualTo(new[] { ("PAK-PHO-005", "photos[0].path"), ("PAK-PHO-005", "photos[1].path") }));
    }

    private static ValidationReport Validate(Func<PreAuthCase, PreAuthCase> mutate, Action<ValidationOptions>? configure)
    {
        var options = new ValidationOptions();
        configure?.Invoke(options);
        var @case = mutate(TestCases.BurnScarForearm().Case);
        return CaseValidator.Validate(new CaseFile(@case, _caseFolder), Today, options);
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static PhotoRecord Photo(string path) => new() { Path = path, TakenOn = D("2026-11-01"), BodySite = "left volar forearm", View = "anterior", ConsentOnFile = true };

    private static Appeal Appeal() => new() { Level = AppealLevel.FirstInternal, ClaimNumber = "CLM-0001", DenialDate = D("2026-10-01"), DenialCode = "CO-50" };

    private static PreAuthCase Pat(PreAuthCase c, Func<Patient, Patient> f) => c with { Patient = f(c.Patient) };

    private static PreAuthCase Dx(PreAuthCase c, params string[] codes) => c with { Diagnoses = [.. codes.Select((code, i) => new Diagnosis { Code = code, Primary = i == 0 })] };

    private static PreAuthCase Proc(PreAuthCase c, Func<Procedure, Procedure> f) => c with { Procedures = [f(c.Procedures[0])] };

    private static PreAuthCase Prior(PreAuthCase c, Func<PriorTreatment, PriorTreatment> f) => c with { History = c.History with { PriorTreatments = [f(c.History.PriorTreatments[0])] } };

    private static PreAuthCase Apl(PreAuthCase c, Func<Appeal, Appeal> f) => c with { Appeal = f(Appeal()) };

    private static PreAuthCase Pho(PreAuthCase c, Func<PhotoRecord, PhotoRecord> f) => c with { Photos = [f(Photo("photos/forearm.jpg"))] };

    private static IEnumerable<TestCaseData> Rules()
    {
        const FindingSeverity E = FindingSeverity.Error;
        const FindingSeverity W = FindingSeverity.Warning;
        RuleCase[] rules =
        [
            // Patient
            new("patient first name", "PAK-PAT-001", "patient.firstName", E, c => Pat(c, p => p with { FirstName = " " }), c => Pat(c, p => p with { FirstName = "A" })),
            new("patient last name", "PAK-PAT-002", "patient.lastName", E, c => Pat(c, p => p with { LastName = "" }), c => Pat(c, p => p with { LastName = "B" })),
            new("date of birth missing", "PAK-PAT-003", "patient.dateOfBirth", E, c => Pat(c, p => p with { DateOfBirth = default }), c => c),
            new("date of birth in the future", "PAK-PAT-004", "patient.dateOfBirth", E, c => Pat(c, p => p with { DateOfBirth = D("2026-11-27") }), c => Pat(c, p => p with { DateOfBirth = Today })),
            new("age over 130", "PAK-PAT-005", "patient.dateOfBirth", E, c => Pat(c, p => p with { DateOfBirth = D("1896-11-25") }), c => Pat(c, p => p with { DateOfBirth = D("1896-11-26") })),
            new("member id missing", "PAK-PAT-006", "patient.memberId", E, c => Pat(c, p => p with { MemberId = "" }), c => Pat(c, p => p with { MemberId = "X1" })),
            new("member id not printable", "PAK-PAT-007", "patient.memberId", E, c => Pat(c, p => p with { MemberId = "EXH\t123" }), c => Pat(c, p => p with { MemberId = "EXH-123 456" })),
            new("patient phone", "PAK-PAT-008", "patient.phone", E, c => Pat(c, p => p with { Phone = "555-0100" }), c => Pat(c, p => p with { Phone = "+1 (555) 010-4000" })),

            // Payer and submission
            new("payer name", "PAK-PAY-001", "payer.name", E, c => c with { Payer = c.Payer with { Name = "" } }, c => c),
            new("payer phone area code", "PAK-PAY-002", "payer.phone", E, c => c with { Payer = c.Payer with { Phone = "(055) 010-3000" } }, c => c with { Payer = c.Payer with { Phone = "555.010.3000" } }),
            new("payer fax letters", "PAK-PAY-003", "payer.fax", E, c => c with { Payer = c.Payer with { Fax = "555-010-CALL" } }, c => c with { Payer = c.Payer with { Fax = "15550103001" } }),
            new("submission date missing", "PAK-SUB-001", "submittedOn", E, c => c with { SubmittedOn = default }, c => c),
            new("submission date in the future", "PAK-SUB-002", "submittedOn", W, c => c with { SubmittedOn = D("2026-11-27") }, c => c with { SubmittedOn = Today }),
            new("urgent without reason", "PAK-SUB-003", "urgencyReason", E, c => c with { ReviewType = ReviewType.Urgent }, c => c with { ReviewType = ReviewType.Urgent, UrgencyReason = "Progressive contracture threatens hand function" }),
            new("extension without earlier number", "PAK-SUB-004", "priorAuthorizationNumber", E, c => c with { RequestType = RequestType.Extension }, c => c with { RequestType = RequestType.Extension, PriorAuthorizationNumber = "PA-1" }),

            // Providers
            new("provider name", "PAK-PRV-001", "servicingProvider.name", E, c => c with { ServicingProvider = c.ServicingProvider with { Name = "" } }, c => c),
            new("npi format", "PAK-NPI-001", "requestingProvider.npi", E, c => c with { RequestingProvider = c.RequestingProvider with { Npi = "3234567893" } }, c => c with { RequestingProvider = c.RequestingProvider with { Npi = "1993999998" } }),
            new("npi check digit", "PAK-NPI-002", "requestingProvider.npi", E, c => c with { RequestingProvider = c.RequestingProvider with { Npi = "1234567890" } }, c => c with { RequestingProvider = c.RequestingProvider with { Npi = "1234567893" } }),
            new("servicing npi check digit", "PAK-NPI-002", "servicingProvider.npi", E, c => c with { ServicingProvider = c.ServicingProvider with { Npi = "1558598790" } }, c => c),
            new("primary care npi", "PAK-NPI-001", "primaryCareProvider.npi", E, c => c with { PrimaryCareProvider = new Provider { Name = "PCP", Npi = "12345" } }, c => c with { PrimaryCareProvider = new Provider { Name = "PCP", Npi = "1993999998" } }),
            new("clinic npi", "PAK-NPI-002", "clinic.npi", E, c => c with { Clinic = c.Clinic! with { Npi = "1558598798" } }, c => c with { Clinic = c.Clinic! with { Npi = null } }),
            new("provider phone", "PAK-PRV-002", "requestingProvider.phone", E, c => c with { RequestingProvider = c.RequestingProvider with { Phone = "555 010 CALL" } }, c => c with { RequestingProvider = c.RequestingProvider with { Phone = "(555) 010-2000 ext. 214" } }),
            new("provider fax", "PAK-PRV-003", "servicingProvider.fax", E, c => c with { ServicingProvider = c.ServicingProvider with { Fax = "010-2001" } }, c => c),

            // Diagnoses
            new("no diagnosis", "PAK-DX-001", "diagnoses", E, c => c with { Diagnoses = [] }, c => c),
            new("diagnosis code missing", "PAK-DX-002", "diagnoses[0].code", E, c => Dx(c, ""), c => Dx(c, "L90.5")),
            new("diagnosis format", "PAK-DX-003", "diagnoses[0].code", E, c => Dx(c, "L9.05"), c => Dx(c, "l90.5")),
            new("WHO-only code T95.2", "PAK-DX-004", "diagnoses[1].code", E, c => Dx(c, "L90.5", "T95.2"), c => Dx(c, "L90.5", "T22.312S")),
            new("header L90", "PAK-DX-005", "diagnoses[0].code", E, c => Dx(c, "L90"), c => Dx(c, "L90.5")),
            new("7th character missing", "PAK-DX-006", "diagnoses[1].code", E, c => Dx(c, "L90.5", "T22.312"), c => Dx(c, "L90.5", "T22.312S")),
            new("placeholder X and 7th character missing", "PAK-DX-006", "diagnoses[1].code", E, c => Dx(c, "L90.5", "S00.00"), c => Dx(c, "L90.5", "S00.00XA")),
            new("not in the code set", "PAK-DX-007", "diagnoses[0].code", E, c => Dx(c, "L90.7"), c => Dx(c, "L90.8")),
            new("at most 12 diagnoses", "PAK-DX-008", "diagnoses", E, c => Dx(c, "L90.0", "L90.1", "L90.2", "L90.3", "L90.4", "L90.5", "L90.6", "L90.8", "L90.9", "L91.0", "L91.8", "L91.9", "T22.312S"), c => Dx(c, "L90.0", "L90.1", "L90.2", "L90.3", "L90.4", "L90.5", "L90.6", "L90.8", "L90.9", "L91.0", "L91.8", "L91.9")),
            new("no primary diagnosis", "PAK-DX-009", "diagnoses", E, c => c with { Diagnoses = [.. c.Diagnoses.Select(d => d with { Primary = false })] }, c => c),
            new("two primary diagnoses", "PAK-DX-009", "diagnoses", E, c => c with { Diagnoses = [.. c.Diagnoses.Select(d => d with { Primary = d.Code != "T22.312S" })] }, c => c),
            new("duplicate diagnosis", "PAK-DX-010", "diagnoses", W, c => Dx(c, "L90.5", "L905"), c => Dx(c, "L90.5", "L91.0")),
            new("cosmetic diagnoses only", "PAK-DX-011", "diagnoses", W, c => Dx(c, "L81.4", "L90.6") with { Assessment = c.Assessment with { FunctionalImpairments = [] } }, c => Dx(c, "L81.4", "L90.6")),
            new("no code table for the fiscal year", "PAK-DX-012", "diagnoses", W, c => Proc(c, p => p with { StartDate = D("2027-10-01"), EndDate = D("2028-01-01") }), c => Proc(c, p => p with { StartDate = D("2027-09-30") })),

            // Services
            new("no procedure", "PAK-CPT-001", "procedures", E, c => c with { Procedures = [] }, c => c),
            new("procedure code 1799", "PAK-CPT-002", "procedures[0].code", E, c => Proc(c, p => p with { Code = "1799" }), c => Proc(c, p => p with { Code = "0479T" })),
            new("HCPCS letter W", "PAK-CPT-002", "procedures[0].code", E, c => Proc(c, p => p with { Code = "W3301" }), c => Proc(c, p => p with { Code = "J3301" })),
            new("unlisted 17999 without description", "PAK-CPT-003", "procedures[0].description", E, c => Proc(c, p => p with { Description = null }), c => c),
            new("unlisted 17999 with a one-word description", "PAK-CPT-003", "procedures[0].description", E, c => Proc(c, p => p with { Description = "microneedling" }), c => Proc(c, p => p with { Description = "microneedling of forearm burn scar" })),
            new("units", "PAK-CPT-004", "procedures[0].units", E, c => Proc(c, p => p with { Units = 0 }), c => Proc(c, p => p with { Units = 1 })),
            new("end before start", "PAK-CPT-005", "procedures[0].endDate", E, c => Proc(c, p => p with { EndDate = D("2026-12-06") }), c => Proc(c, p => p with { EndDate = D("2026-12-07") })),
            new("retroactive start", "PAK-CPT-006", "procedures[0].startDate", W, c => Proc(c, p => p with { StartDate = D("2026-11-19") }), c => Proc(c, p => p with { StartDate = D("2026-11-20") })),
            new("listed code without description", "PAK-CPT-007", "procedures[0].description", W, c => Proc(c, p => p with { Code = "15786", Description = null }), c => Proc(c, p => p with { Code = "15786" })),
            new("modifier", "PAK-CPT-008", "procedures[0].modifiers[0]", E, c => Proc(c, p => p with { Modifiers = ["LEFT"] }), c => Proc(c, p => p with { Modifiers = ["LT"] })),

            // Documentation checklist
            new("history condition", "PAK-HIS-001", "history.condition", W, c => c with { History = c.History with { Condition = null } }, c => c),
            new("no prior treatment", "PAK-HIS-002", "history.priorTreatments", W, c => c with { History = c.History with { PriorTreatments = [] } }, c => c),
            new("prior treatment name", "PAK-HIS-003", "history.priorTreatments[0].treatment", W, c => Prior(c, t => t with { Treatment = "" }), c => Prior(c, t => t)),
            new("prior treatment outcome", "PAK-HIS-004", "history.priorTreatments[0].outcome", W, c => Prior(c, t => t with { Outcome = null }), c => Prior(c, t => t)),
            new("prior treatment dates", "PAK-HIS-005", "history.priorTreatments[0].startedOn", W, c => Prior(c, t => t with { StartedOn = null }), c => Prior(c, t => t)),
            new("prior treatment ends before it starts", "PAK-HIS-006", "history.priorTreatments[0].endedOn", E, c => Prior(c, t => t with { EndedOn = D("2024-05-31") }), c => Prior(c, t => t with { EndedOn = D("2024-06-01") })),
            new("medical reason", "PAK-ASM-001", "assessment.medicalNecessity", W, c => c with { Assessment = c.Assessment with { MedicalNecessity = "" } }, c => c),
            new("assessing physician", "PAK-ASM-002", "assessment.physician", W, c => c with { Assessment = c.Assessment with { Physician = null } }, c => c),
            new("assessment date", "PAK-ASM-003", "assessment.assessedOn", W, c => c with { Assessment = c.Assessment with { AssessedOn = null } }, c => c),
            new("appearance-only reasoning", "PAK-ASM-005", "assessment.medicalNecessity", W,
                c => c with { Assessment = c.Assessment with { FunctionalImpairments = [], MedicalNecessity = "The scars affect her self-esteem at social events." } },
                c => c with { Assessment = c.Assessment with { MedicalNecessity = "The scars affect her self-esteem at social events." } }),
            new("assessment after submission", "PAK-ASM-004", "assessment.assessedOn", E, c => c with { Assessment = c.Assessment with { AssessedOn = D("2026-11-21") } }, c => c with { Assessment = c.Assessment with { AssessedOn = D("2026-11-20") } }),
            new("plan sessions", "PAK-TPL-001", "treatmentPlan.sessions", W, c => c with { TreatmentPlan = c.TreatmentPlan with { Sessions = 0 } }, c => c with { TreatmentPlan = c.TreatmentPlan with { Sessions = 1 } }),
            new("plan interval", "PAK-TPL-002", "treatmentPlan.interval", W, c => c with { TreatmentPlan = c.TreatmentPlan with { Interval = null } }, c => c),
            new("plan outcomes", "PAK-TPL-003", "treatmentPlan.expectedOutcomes", W, c => c with { TreatmentPlan = c.TreatmentPlan with { ExpectedOutcomes = [] } }, c => c),
            new("plan rationale", "PAK-TPL-004", "treatmentPlan.rationale", W, c => c with { TreatmentPlan = c.TreatmentPlan with { Rationale = " " } }, c => c),
            new("no dated pre-treatment photo", "PAK-PHO-001", "photos", W, c => Pho(c, p => p with { TakenOn = D("2026-12-08") }), c => Pho(c, p => p)),

            // Photographs
            new("photo path missing", "PAK-PHO-002", "photos[0].path", E, c => Pho(c, p => p with { Path = "" }), c => Pho(c, p => p)),
            new("photo path escapes the folder", "PAK-PHO-003", "photos[0].path", E, c => Pho(c, p => p with { Path = "../../etc/passwd" }), c => Pho(c, p => p with { Path = "photos/../photos/forearm.jpg" })),
            new("photo path escapes to an existing file", "PAK-PHO-003", "photos[0].path", E, c => Pho(c, p => p with { Path = "..\\outside.jpg" }), c => Pho(c, p => p with { Path = "photos\\forearm.jpg" })),
            new("absolute photo path", "PAK-PHO-004", "photos[0].path", E, c => Pho(c, p => p with { Path = "/etc/passwd" }), c => Pho(c, p => p)),
            new("photo file missing", "PAK-PHO-005", "photos[0].path", E, c => Pho(c, p => p with { Path = "photos/missing.jpg" }), c => Pho(c, p => p)),
            new("text file named .jpg", "PAK-PHO-010", "photos[0].path", E, c => Pho(c, p => p with { Path = "photos/notes.jpg" }), c => Pho(c, p => p with { Path = "photos/forearm.png" })),
            new("zero-byte file", "PAK-PHO-007", "photos[0].path", E, c => Pho(c, p => p with { Path = "photos/empty.jpg" }), c => Pho(c, p => p)),
            new("HEIC named .jpg", "PAK-PHO-009", "photos[0].path", E, c => Pho(c, p => p with { Path = "photos/iphone.jpg" }), c => Pho(c, p => p)),
            new("photo file too large", "PAK-PHO-008", "photos[0].path", E, c => Pho(c, p => p), c => Pho(c, p => p with { Path = "photos/forearm.png" }), o => o.MaxPhotoBytes = 1000),
            new("photo pixel count", "PAK-PHO-011", "photos[0].path", E, c => Pho(c, p => p with { Path = "photos/huge.png" }), c => Pho(c, p => p)),
            new("photo header damaged", "PAK-PHO-012", "photos[0].path", E, c => Pho(c, p => p with { Path = "photos/damaged.jpg" }), c => Pho(c, p => p)),
            new("photo date missing", "PAK-PHO-020", "photos[0].takenOn", E, c => Pho(c, p => p with { TakenOn = null }), c => Pho(c, p => p)),
            new("photo after submission", "PAK-PHO-021", "photos[0].takenOn", E, c => Pho(c, p => p with { TakenOn = D("2026-11-21") }), c => Pho(c, p => p with { TakenOn = D("2026-11-20") })),
            new("photo before birth", "PAK-PHO-022", "photos[0].takenOn", E, c => Pho(c, p => p with { TakenOn = D("1988-04-11") }), c => Pho(c, p => p with { TakenOn = D("1988-04-12") })),
            new("photo body site", "PAK-PHO-023", "photos[0].bodySite", E, c => Pho(c, p => p with { BodySite = "" }), c => Pho(c, p => p)),
            new("photo consent", "PAK-PHO-024", "photos[0].consentOnFile", W, c => Pho(c, p => p with { ConsentOnFile = false }), c => Pho(c, p => p)),

            // Appeal
            new("claim number", "PAK-APL-001", "appeal.claimNumber", E, c => Apl(c, a => a with { ClaimNumber = "" }), c => Apl(c, a => a)),
            new("denial date missing", "PAK-APL-002", "appeal.denialDate", E, c => Apl(c, a => a with { DenialDate = default }), c => Apl(c, a => a)),
            new("denial date in the future", "PAK-APL-003", "appeal.denialDate", E, c => Apl(c, a => a with { DenialDate = D("2026-11-27") }), c => Apl(c, a => a with { DenialDate = D("2026-11-20") })),
            new("denial after submission", "PAK-APL-004", "appeal.denialDate", E, c => Apl(c, a => a with { DenialDate = D("2026-11-21") }), c => Apl(c, a => a with { DenialDate = D("2026-11-20") })),
            new("external review without final internal denial", "PAK-APL-005", "appeal.finalInternalDenialDate", E, c => Apl(c, a => a with { Level = AppealLevel.ExternalReview }), c => Apl(c, a => a with { Level = AppealLevel.ExternalReview, FinalInternalDenialDate = D("2026-10-15") })),
            new("final internal denial before the denial", "PAK-APL-006", "appeal.finalInternalDenialDate", E, c => Apl(c, a => a with { Level = AppealLevel.ExternalReview, FinalInternalDenialDate = D("2026-09-30") }), c => Apl(c, a => a with { Level = AppealLevel.ExternalReview, FinalInternalDenialDate = D("2026-10-01") })),
            new("deadline passed (180 days, commercial)", "PAK-APL-007", "appeal.denialDate", E, c => Apl(c, a => a with { DenialDate = D("2026-05-23") }), c => Apl(c, a => a with { DenialDate = D("2026-05-24") })),
            new("deadline passed (65 days, Medicare Advantage)", "PAK-APL-007", "appeal.denialDate", E, c => Apl(c, a => a with { DenialDate = D("2026-09-15") }) with { Payer = c.Payer with { PlanType = PlanType.MedicareAdvantage } }, c => Apl(c, a => a with { DenialDate = D("2026-09-16") }) with { Payer = c.Payer with { PlanType = PlanType.MedicareAdvantage } }),
            new("deadline passed (override 30 days)", "PAK-APL-007", "appeal.denialDate", E, c => Apl(c, a => a), c => Apl(c, a => a with { DenialDate = D("2026-10-21") }), o => o.AppealDeadlines.InternalAppealDays = 30),
            new("deadline within 14 days", "PAK-APL-008", "appeal.denialDate", W, c => Apl(c, a => a with { DenialDate = D("2026-06-07") }), c => Apl(c, a => a with { DenialDate = D("2026-06-08") })),
            new("denial code missing", "PAK-APL-009", "appeal.denialCode", W, c => Apl(c, a => a with { DenialCode = "" }), c => Apl(c, a => a)),
            new("unknown denial code", "PAK-APL-010", "appeal.denialCode", W, c => Apl(c, a => a with { DenialCode = "CO-999" }), c => Apl(c, a => a with { DenialCode = "pr 197" })),
            new("unknown denial group", "PAK-APL-010", "appeal.denialCode", W, c => Apl(c, a => a with { DenialCode = "ZZ-50" }), c => Apl(c, a => a with { DenialCode = "50" })),
            new("redetermination outside Medicare", "PAK-APL-011", "appeal.level", W, c => Apl(c, a => a with { Level = AppealLevel.MedicareRedetermination }), c => Apl(c, a => a with { Level = AppealLevel.MedicareRedetermination }) with { Payer = c.Payer with { PlanType = PlanType.Medicare } }),
        ];
        return rules.Select(r => new TestCaseData(r).SetArgDisplayNames($"{r.Code} {r.Name}"));
    }
}

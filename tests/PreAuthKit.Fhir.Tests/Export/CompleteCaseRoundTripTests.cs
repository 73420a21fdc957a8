using System.Collections;
using System.Reflection;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;

namespace PreAuthKit.Fhir.Tests.Export;

/// <summary>
/// Every field of a pre-authorization case survives export and import. The case below sets every property of the model
/// (checked by reflection, so a field added to the model later fails this test until the FHIR mapping carries it);
/// the only exceptions are the appeal (PAS has no appeal request) and file paths (a bundle carries content, never the clinic's file names).
/// </summary>
public sealed class CompleteCaseRoundTripTests
{
    private static readonly Address Address = new() { Line1 = "400 Example Avenue", Line2 = "Suite 210", City = "Springfield", State = "IL", PostalCode = "62701" };

    private static Provider Provider(string name, string npi) => new()
    {
        Name = name, Npi = npi, Specialty = "Dermatology", Phone = "(555) 010-2000", Fax = "(555) 010-2001", ContactPerson = "Casey Coordinator",
        Address = Address, DirectLine = "(555) 010-2000 ext. 214", Email = "desk@clinic.example", Availability = "Mon-Fri 12:00-13:00",
    };

    internal static PreAuthCase Complete() => new()
    {
        CaseReference = "CMP-1",
        SubmittedOn = new DateOnly(2026, 11, 20),
        SubmittedAt = new TimeOnly(9, 30, 0),
        ReviewType = ReviewType.Urgent,
        UrgencyReason = "Contracture worsening; delay risks permanent loss of extension.",
        RequestType = RequestType.Amendment,
        PriorAuthorizationNumber = "AUTH-778",
        Clinic = new Clinic { Name = "Riverside Clinic", Npi = "1558598797", Phone = "(555) 010-2000", Fax = "(555) 010-2001", Address = Address },
        Payer = new Payer { Name = "Example Health Plan", PayerId = "EXHP1", Phone = "(555) 010-3000", Fax = "(555) 010-3001", Address = Address, PlanType = PlanType.MedicareAdvantage },
        Patient = new Model.Patient
        {
            FirstName = "Jordan", LastName = "Sample", DateOfBirth = new DateOnly(1988, 4, 12), Sex = Sex.Other, Phone = "(555) 010-4000",
            Address = Address, MemberId = "EXH123", GroupNumber = "GRP-1", PlanName = "Example PPO",
        },
        RequestingProvider = Provider("Avery Example, MD", "1234567893"),
        ServicingProvider = Provider("Blake Example, DO", "1558598797"),
        PrimaryCareProvider = Provider("Casey Primary, MD", "1972600005"),
        Diagnoses = [new Diagnosis { Code = "L91.0", Description = "Hypertrophic scar", Primary = true }, new Diagnosis { Code = "T22.312S", Description = "Burn, sequela" }],
        Procedures =
        [
            new Model.Procedure
            {
                Code = "17999", Modifiers = ["LT", "59"], Description = "Microneedling", Units = 6, Frequency = "every 4 weeks",
                StartDate = new DateOnly(2026, 12, 7), EndDate = new DateOnly(2027, 6, 30), PlaceOfService = PlaceOfService.AmbulatorySurgicalCenter,
                ComparableCode = "15786", UnlistedNarrative = "About 45 minutes per session.",
            },
            new Model.Procedure { Code = "J3301", Units = 2, PlaceOfService = PlaceOfService.Telehealth, Description = "Triamcinolone", Modifiers = [], Frequency = "once", StartDate = new DateOnly(2026, 12, 7), EndDate = new DateOnly(2026, 12, 7), ComparableCode = "11900", UnlistedNarrative = "n/a" },
        ],
        History = new MedicalHistory
        {
            Condition = "Hypertrophic burn scarring", Onset = new DateOnly(2024, 3, 2), Cause = "Scald burn",
            PriorTreatments = [new PriorTreatment { Treatment = "Silicone gel", StartedOn = new DateOnly(2024, 6, 1), EndedOn = new DateOnly(2025, 6, 1), Outcome = "Minimal" }],
        },
        Assessment = new PhysicianAssessment
        {
            MedicalNecessity = "Restricts wrist extension.", ExpectedBenefit = "Return to work.", FunctionalImpairments = ["Wrist extension 40 degrees", "Cannot push up"],
            Symptoms = ["Pain 4/10", "Pruritus"], Physician = "Avery Example, MD", AssessedOn = new DateOnly(2026, 11, 2),
        },
        TreatmentPlan = new TreatmentPlan { Sessions = 6, Interval = "4 weeks", ExpectedOutcomes = ["Flatter scar", "60 degrees"], Rationale = "Collagen remodelling.", AlternativesConsidered = ["Surgery", "Laser"] },
        Measurements =
        [
            .. Enum.GetValues<MeasurementKind>().Select((k, i) => new Measurement
            {
                Kind = k, Name = $"Measure {i}", Value = 10 + i, Unit = "u", MeasuredOn = new DateOnly(2026, 11, 2), Method = "Method", NormalValue = 70.5m, Target = 5, BodySite = "Left wrist",
            }),
        ],
        Photos = [new PhotoRecord { Path = "", TakenOn = new DateOnly(2026, 11, 2), BodySite = "Left wrist", View = "Close-up", Description = "Scar band", ConsentOnFile = true }],
        Attachments = [new Model.Attachment { Title = "Clinic notes", Date = new DateOnly(2026, 10, 1) }],
    };

    [Test]
    public void The_complete_case_sets_every_model_property()
    {
        var unset = Unset(Complete(), "case").Where(p => p is not "case.appeal" and not "case.policy" and not "case.photos[0].path" and not "case.attachments[0].path" and not "case.procedures[1].modifiers").ToList();

        Assert.That(unset, Is.Empty, "set these in Complete() and carry them in the FHIR mapping");
    }

    [Test]
    public void Every_field_survives_export_and_import()
    {
        var c = Complete();
        var documents = new[] { new FhirDocument(FhirDocumentKind.Photo, 0, "image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 }, "") };
        var json = new PasExporter().Export(c, new byte[] { 0x25, 0x50, 0x44, 0x46 }, documents).Json!;

        var imported = new FhirImporter().Import(json);

        Assert.That(CaseFileReader.Serialize(imported.Case!), Is.EqualTo(CaseFileReader.Serialize(c)));
        Assert.That(imported.Findings.Where(f => f.Severity != FhirFindingSeverity.Information), Is.Empty);
        Assert.That(imported.Findings.Select(f => f.Message), Has.All.StartWith("Patient.identifier").Or.StartWith("This is the letter"), string.Join("\n", imported.Findings));
    }

    private static IEnumerable<string> Unset(object? value, string path)
    {
        if (value is null)
        {
            yield return path;
            yield break;
        }

        var type = value.GetType();
        if (type.IsEnum || type.IsPrimitive || value is string or DateOnly or TimeOnly or decimal)
        {
            if (value is string { Length: 0 } || (type.IsValueType && !type.IsEnum && value.Equals(Activator.CreateInstance(type)) && value is not bool))
            {
                yield return path;
            }

            yield break;
        }

        if (value is IEnumerable list)
        {
            var i = 0;
            foreach (var item in list)
            {
                foreach (var p in Unset(item, $"{path}[{i++}]"))
                {
                    yield return p;
                }
            }

            if (i == 0)
            {
                yield return path;
            }

            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            foreach (var p in Unset(property.GetValue(value), $"{path}.{char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}"))
            {
                yield return p;
            }
        }
    }
}

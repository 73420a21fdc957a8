using System.Globalization;
using System.Text;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Generation;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// The appeal sample with every capped string and list at its documented maximum
/// (<see cref="CaseLimits"/>). Each value is made of words unique to its field (<c>f012w0003</c>),
/// so a test can check, word by word, that every value reached the PDF. Identifiers and codes that
/// have a format rule keep their valid sample values.
/// </summary>
internal sealed class CaseAtCaps
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private int _fields;

    /// <summary>Every generated value by its JSON path.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Text of exactly <paramref name="length"/> characters made of words unique to <paramref name="path"/>.</summary>
    public string Text(string path, int length)
    {
        var tag = string.Create(CultureInfo.InvariantCulture, $"f{_fields++:D4}w");
        var builder = new StringBuilder(length + 16);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(tag).Append(i.ToString("D4", CultureInfo.InvariantCulture)).Append(' ');
        }

        // Words end on a letter or digit, so the cut never leaves a bare space at the end.
        var value = builder.ToString(0, length);
        value = value.EndsWith(' ') ? value[..^1] + "x" : value;
        _values[path] = value;
        return value;
    }

    public IReadOnlyList<string> Texts(string path, int count, int length)
        => Enumerable.Range(0, count).Select(i => Text(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), length)).ToList();

    /// <summary>The case (and a folder holding its generated photos).</summary>
    public static (CaseFile Case, CaseAtCaps Values) Build(string photoFolder)
    {
        var caps = new CaseAtCaps();
        var sample = AppealCases.Sample().Case;
        const int S = CaseLimits.ShortText, E = CaseLimits.EntryText, N = CaseLimits.NarrativeText;
        Provider Provider(string path, Provider p) => p with
        {
            Name = caps.Text(path + ".name", S),
            Specialty = caps.Text(path + ".specialty", S),
            ContactPerson = caps.Text(path + ".contactPerson", S),
            Address = new Address { Line1 = caps.Text(path + ".address.line1", S), Line2 = caps.Text(path + ".address.line2", S), City = caps.Text(path + ".address.city", S), State = "IL", PostalCode = "62701" },
        };

        var jpeg = SyntheticPhotos.Jpeg(320, 240, new ExifSpec { DateTimeOriginal = new DateTime(2026, 11, 2, 9, 0, 0) });
        var photos = new List<PhotoRecord>();
        for (var i = 0; i < CaseLimits.Photos; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"photo-{i:D2}.jpg");
            File.WriteAllBytes(Path.Combine(photoFolder, name), jpeg);
            var path = string.Create(CultureInfo.InvariantCulture, $"photos[{i}]");
            photos.Add(new PhotoRecord
            {
                Path = name,
                TakenOn = new DateOnly(2026, 11, 2),
                BodySite = caps.Text(path + ".bodySite", S),
                View = caps.Text(path + ".view", S),
                Description = caps.Text(path + ".description", E),
                ConsentOnFile = true,
            });
        }

        var @case = sample with
        {
            ReviewType = ReviewType.Urgent,
            UrgencyReason = caps.Text("urgencyReason", N),
            Clinic = sample.Clinic! with
            {
                Name = caps.Text("clinic.name", S),
                Address = new Address { Line1 = caps.Text("clinic.address.line1", S), City = caps.Text("clinic.address.city", S), State = "IL", PostalCode = "62701" },
            },
            Payer = sample.Payer with { Name = caps.Text("payer.name", S), Address = new Address { Line1 = caps.Text("payer.address.line1", S), City = caps.Text("payer.address.city", S), State = "IL", PostalCode = "62702" } },
            Patient = sample.Patient with
            {
                FirstName = caps.Text("patient.firstName", S),
                LastName = caps.Text("patient.lastName", S),
                PlanName = caps.Text("patient.planName", S),
                Address = new Address { Line1 = caps.Text("patient.address.line1", S), Line2 = caps.Text("patient.address.line2", S), City = caps.Text("patient.address.city", S), State = "IL", PostalCode = "62703" },
            },
            RequestingProvider = Provider("requestingProvider", sample.RequestingProvider),
            ServicingProvider = Provider("servicingProvider", sample.ServicingProvider),
            Diagnoses = sample.Diagnoses.Select((d, i) => d with { Description = caps.Text(string.Create(CultureInfo.InvariantCulture, $"diagnoses[{i}].description"), E) }).ToList(),
            Procedures = Enumerable.Range(0, CaseLimits.Procedures).Select(i => sample.Procedures[0] with
            {
                Description = caps.Text(string.Create(CultureInfo.InvariantCulture, $"procedures[{i}].description"), E),
                Frequency = caps.Text(string.Create(CultureInfo.InvariantCulture, $"procedures[{i}].frequency"), E),
            }).ToList(),
            History = sample.History with
            {
                Condition = caps.Text("history.condition", N),
                Cause = caps.Text("history.cause", N),
                PriorTreatments = Enumerable.Range(0, CaseLimits.PriorTreatments).Select(i => new PriorTreatment
                {
                    Treatment = caps.Text(string.Create(CultureInfo.InvariantCulture, $"history.priorTreatments[{i}].treatment"), E),
                    StartedOn = new DateOnly(2025, 1, 1),
                    EndedOn = new DateOnly(2025, 6, 1),
                    Outcome = caps.Text(string.Create(CultureInfo.InvariantCulture, $"history.priorTreatments[{i}].outcome"), E),
                }).ToList(),
            },
            Assessment = sample.Assessment with
            {
                MedicalNecessity = caps.Text("assessment.medicalNecessity", N),
                ExpectedBenefit = caps.Text("assessment.expectedBenefit", N),
                FunctionalImpairments = caps.Texts("assessment.functionalImpairments", CaseLimits.ListEntries, E),
                Symptoms = caps.Texts("assessment.symptoms", CaseLimits.ListEntries, E),
                Physician = caps.Text("assessment.physician", S),
            },
            TreatmentPlan = sample.TreatmentPlan with
            {
                Interval = caps.Text("treatmentPlan.interval", E),
                Rationale = caps.Text("treatmentPlan.rationale", N),
                ExpectedOutcomes = caps.Texts("treatmentPlan.expectedOutcomes", CaseLimits.ListEntries, E),
                AlternativesConsidered = caps.Texts("treatmentPlan.alternativesConsidered", CaseLimits.ListEntries, E),
            },
            Photos = photos,
            Attachments = Enumerable.Range(0, CaseLimits.Attachments).Select(i => new Attachment { Title = caps.Text(string.Create(CultureInfo.InvariantCulture, $"attachments[{i}].title"), E) }).ToList(),
            Appeal = sample.Appeal! with
            {
                DenialReason = caps.Text("appeal.denialReason", N),
                Arguments = caps.Texts("appeal.arguments", CaseLimits.ListEntries, E),
                NewEvidence = caps.Texts("appeal.newEvidence", CaseLimits.ListEntries, E),
            },
        };
        return (new CaseFile(@case, photoFolder), caps);
    }
}

using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;
using UglyToad.PdfPig;

namespace PreAuthKit.Tests.Hardening;

/// <summary>
/// Issue 11, silent loss: a case with every field at its documented maximum renders, and every
/// word of every value is in the PDF (read back by text extraction). On the old main the same case
/// lost whole sections without an error: Scriban's 10,000-character <c>LimitToString</c> cut each
/// partial's output (an include is one string) and dropped the rest of it.
/// </summary>
public class FieldsAtCapsTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pak-caps-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Every_value_at_its_cap_reaches_the_appeal_letter()
    {
        var (caseFile, caps) = CaseAtCaps.Build(_folder);
        Assert.That(TestCases.Generator().Validate(caseFile).Errors.Select(f => f.ToString()), Is.Empty, "the case at its caps is valid");

        var document = await TestCases.Generator().RenderAppealAsync(caseFile);

        var words = PdfWords(document);
        var missing = caps.Values
            .Where(pair => pair.Key != "urgencyReason") // the request's urgent-review reason; an appeal asks for expedited review in its own field
            .Select(pair => (pair.Key, Missing: pair.Value.Split(' ').Where(w => !words.Contains(w)).ToList()))
            .Where(field => field.Missing.Count > 0)
            .Select(field => $"{field.Key}: {field.Missing.Count} words missing, first {field.Missing[0]}")
            .ToList();
        Assert.That(missing, Is.Empty, "every word of every field is printed: " + string.Join("; ", missing));
        Assert.That(PdfImages.RawImages(document.Pdf.Span), Has.Count.EqualTo(CaseLimits.Photos), "every photograph is printed");
    }

    [Test]
    public async Task Every_value_at_its_cap_reaches_the_preauthorization_request()
    {
        var (caseFile, caps) = CaseAtCaps.Build(_folder);

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(caseFile);

        var words = PdfWords(document);
        var missing = caps.Values
            .Where(pair => !pair.Key.StartsWith("appeal.", StringComparison.Ordinal))
            .Where(pair => pair.Value.Split(' ').Any(w => !words.Contains(w)))
            .Select(pair => pair.Key)
            .ToList();
        Assert.That(missing, Is.Empty, "every field (but the appeal section, which a request has no place for) is printed whole: " + string.Join("; ", missing));
        Assert.That(PdfImages.RawImages(document.Pdf.Span), Has.Count.EqualTo(CaseLimits.Photos));
    }

    [Test]
    public async Task Forty_photographs_print_forty_with_their_captions()
    {
        // The old main printed about 30: the photo partial's output passed 10,000 characters and Scriban cut the rest.
        // The case moves to a folder of its own, without the sample's attachments (the packet's PAK-ATT-004 would refuse it).
        var jpeg = SyntheticPhotos.Jpeg(320, 240, new ExifSpec { DateTimeOriginal = new DateTime(2026, 11, 2, 9, 0, 0) });
        var records = new List<PreAuthKit.Model.PhotoRecord>();
        for (var i = 0; i < 40; i++)
        {
            var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p{i:D2}.jpg");
            File.WriteAllBytes(Path.Combine(_folder, name), jpeg);
            records.Add(new PreAuthKit.Model.PhotoRecord { Path = name, TakenOn = new DateOnly(2026, 11, 2), BodySite = "Left volar forearm", View = "Overview", Description = "Hypertrophic band across the wrist crease, " + new string('x', 200), ConsentOnFile = true });
        }

        var sample = TestCases.BurnScarForearm();
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(new PreAuthKit.CaseFiles.CaseFile(sample.Case with { Photos = records, Attachments = [] }, _folder));

        Assert.That(PdfImages.RawImages(document.Pdf.Span), Has.Count.EqualTo(40));
        var text = Generation.PdfText.Of(document);
        Assert.That(Enumerable.Range(1, 40).Where(n => !text.Contains($"Photograph {n},", StringComparison.Ordinal)), Is.Empty, "every caption");
    }

    private static HashSet<string> PdfWords(RenderedDocument document)
    {
        using var pdf = PdfDocument.Open(document.Pdf.ToArray());
        return pdf.GetPages().SelectMany(page => page.GetWords()).Select(w => w.Text.Trim('.', ',', ';', ':', '(', ')')).ToHashSet(StringComparer.Ordinal);
    }
}

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

    private static HashSet<string> PdfWords(RenderedDocument document)
    {
        using var pdf = PdfDocument.Open(document.Pdf.ToArray());
        return pdf.GetPages().SelectMany(page => page.GetWords()).Select(w => w.Text.Trim('.', ',', ';', ':', '(', ')')).ToHashSet(StringComparer.Ordinal);
    }
}

using System.Collections;
using System.Globalization;
using System.Reflection;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using UglyToad.PdfPig;

namespace PreAuthKit.Tests.Generation;

/// <summary>
/// Nothing is lost silently, checked on every sample and both documents: every word of every text
/// value of the case (found by reflection over the model, so a new field is covered without a list
/// kept by hand) is in the PDF's text, or the assessment reports that field as not printed
/// (<c>PAK-LTR-002</c>, or <c>PAK-LTR-003</c> for the appeal section of a request). File paths are
/// references, not content: the photo or attachment itself is what is printed.
/// </summary>
public class NothingLostTests
{
    public static IEnumerable<TestCaseData> Documents() => TestCases.SampleDocuments(nameof(Every_value_is_printed_or_reported));

    [TestCaseSource(nameof(Documents))]
    public void Every_value_is_printed_or_reported(string name, string kind)
    {
        var input = CaseInput.Load(RepoPaths.SampleCase(name + ".json"));
        var result = TestCases.Generator().Render(input, kind == "appeal" ? DocumentKind.Appeal : DocumentKind.PreAuthorization);
        if (!result.IsRendered)
        {
            Assert.That(result.Report.IsBlocking, Is.True, "a refused case says why");
            Assert.Pass("refused with a coded finding: nothing is printed, nothing is lost");
        }

        var reported = result.Report.Findings.Where(f => f.Code is "PAK-LTR-002" or "PAK-LTR-003").Select(f => f.Path).ToList();
        var words = PdfWords(result.Document!.Pdf.ToArray());
        var missing = new List<string>();
        foreach (var (path, value) in Values(input.Case, ""))
        {
            if (path.EndsWith(".path", StringComparison.Ordinal) || reported.Any(r => path == r || path.StartsWith(r + ".", StringComparison.Ordinal) || path.StartsWith(r + "[", StringComparison.Ordinal)))
            {
                continue;
            }

            var lost = Words(value).Where(w => !words.Contains(w) && !HyphenBroken(w, words)).ToList();
            if (lost.Count > 0)
            {
                missing.Add($"{path}: '{lost[0]}'");
            }
        }

        Assert.That(missing, Is.Empty, "values neither printed nor reported as not printed");
    }

    [Test]
    public void A_value_the_document_has_no_place_for_is_reported_by_field()
    {
        var sample = TestCases.BurnScarForearm();
        var @case = sample.Case with
        {
            UrgencyReason = "Standard review, but a reason was typed in anyway",
            RequestingProvider = sample.Case.RequestingProvider with { DirectLine = null, Email = null, Availability = "Tuesdays" },
        };

        var report = TestCases.Generator().Validate(CaseInput.FromCase(@case, null), DocumentKind.PreAuthorization);

        var notPrinted = report.Findings.Where(f => f.Code == "PAK-LTR-002").ToList();
        Assert.That(notPrinted.Select(f => f.Path), Is.SupersetOf(new[] { "urgencyReason", "requestingProvider.availability" }));
        Assert.That(notPrinted.Select(f => f.Severity), Has.All.EqualTo(FindingSeverity.Info), "information: the document is complete without it");
        Assert.That(notPrinted.Single(f => f.Path == "urgencyReason").Message, Does.Contain("not urgent").And.Not.Contain("typed in"), "the message says why, without the value");
    }

    [Test]
    public void A_clinic_defined_unlisted_code_prints_its_narrative_and_a_listed_one_reports_it()
    {
        var sample = TestCases.BurnScarForearm();
        var @case = sample.Case with { Procedures = [sample.Case.Procedures[0] with { Code = "15788", ComparableCode = "15786", UnlistedNarrative = "Thirty minutes of physician time with a motorized device" }] };
        var input = CaseInput.FromCaseFile(sample with { Case = @case });

        var custom = TestCases.Generator(o => o.Validation.UnlistedProcedureCodes.Add("15788")).Render(input, DocumentKind.PreAuthorization);
        var standard = TestCases.Generator().Render(input, DocumentKind.PreAuthorization);

        Assert.That(custom.Report.Findings.Where(f => f.Code == "PAK-LTR-002"), Is.Empty);
        Assert.That(PdfWords(custom.Document!.Pdf.ToArray()), Does.Contain("motorized"), "the options' unlisted code list decides what the services table prints");
        Assert.That(standard.Report.Findings.Where(f => f.Code == "PAK-LTR-002").Select(f => f.Path), Is.EquivalentTo(new[] { "procedures[0].comparableCode", "procedures[0].unlistedNarrative" }));
        Assert.That(PdfWords(standard.Document!.Pdf.ToArray()), Does.Not.Contain("motorized"));
    }

    /// <summary>Every non-empty string of the model with its JSON path (list entries by index).</summary>
    private static IEnumerable<(string Path, string Value)> Values(object? value, string path)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                if (!string.IsNullOrWhiteSpace(text))
                {
                    yield return (path, text);
                }

                yield break;
            case IEnumerable list when value.GetType().IsGenericType || value is Array:
                var i = 0;
                foreach (var item in list)
                {
                    foreach (var entry in Values(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")))
                    {
                        yield return entry;
                    }
                }

                yield break;
        }

        var type = value.GetType();
        if (!type.IsClass || type.Namespace != typeof(PreAuthCase).Namespace)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            foreach (var entry in Values(property.GetValue(value), path.Length == 0 ? name : path + "." + name))
            {
                yield return entry;
            }
        }
    }

    /// <summary>A hyphenated word the line breaker split after a hyphen ("Third-" / "degree").</summary>
    private static bool HyphenBroken(string word, HashSet<string> words)
    {
        var parts = word.Split('-');
        return parts.Length > 1 && parts.Select((part, i) => i < parts.Length - 1 ? part + "-" : part).All(part => part.Length <= 1 || words.Contains(part) || words.Contains(part.TrimEnd('-')));
    }

    private static IEnumerable<string> Words(string value) => value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Clean).Where(w => w.Length > 0);

    private static HashSet<string> PdfWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(page => page.GetWords()).Select(w => Clean(w.Text)).ToHashSet(StringComparer.Ordinal);
    }

    private static string Clean(string word) => word.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019');
}

using Markdig.Syntax;
using PreAuthKit.Tests.Generation;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.ViewModels;

public class InjectionTests
{
    private const string Hostile = "**Bold** | # {{ 1+1 }} <b>x</b> [a](javascript:x)";

    [Test]
    public async Task Hostile_patient_name_prints_literally()
    {
        var sample = TestCases.BurnScarForearm();
        var hostile = sample with { Case = sample.Case with { Patient = sample.Case.Patient with { FirstName = Hostile } } };

        var generator = TestCases.Generator();
        var document = await generator.RenderPreAuthorizationAsync(hostile);
        var run = generator.Pipeline.RenderPreAuthorization(hostile, default);

        var lines = PdfTextDump.TextLines(document.Pdf.Span).Select(PdfText.Collapse).ToList();
        Assert.That(lines, Has.Some.Contains(Hostile), "the name prints verbatim, {{ 1+1 }} not evaluated");
        Assert.That(run.Markdown, Does.Not.Contain("<b>"), "HTML reaches Markdown only escaped");
        Assert.That(run.Syntax.Descendants<Markdig.Syntax.Inlines.LinkInline>().Where(link => !link.IsImage || !link.Url!.StartsWith("photo:", StringComparison.Ordinal)), Is.Empty, "no link was created (the photo placeholders are the only images)");
        Assert.That(run.Syntax.Descendants<Markdig.Syntax.Inlines.EmphasisInline>().Any(e => e.FirstChild?.ToString() == "Bold"), Is.False, "no emphasis was created");
        Assert.That(run.Syntax.Descendants<Markdig.Extensions.Tables.Table>().All(t => t.OfType<Markdig.Extensions.Tables.TableRow>().All(r => r.Count == t.OfType<Markdig.Extensions.Tables.TableRow>().First().Count)), Is.True, "no table cell was added");
    }

    [Test]
    public async Task Hostile_text_in_every_list_and_table_prints_literally()
    {
        var sample = AppealCases.Sample();
        var @case = sample.Case;
        var hostile = sample with
        {
            Case = @case with
            {
                Diagnoses = [@case.Diagnoses[0] with { Description = Hostile }, .. @case.Diagnoses.Skip(1)],
                Procedures = [@case.Procedures[0] with { Description = Hostile }],
                Appeal = @case.Appeal! with { DenialReason = Hostile + "\n\n# injected heading", NewEvidence = [Hostile] },
            },
        };

        var document = await TestCases.Generator().RenderAppealAsync(hostile);
        var text = PdfText.Of(document);

        // the diagnosis in the point-by-point answer, the services table, the quoted denial reason, the enclosure list
        Assert.That(CountOf(text, Hostile), Is.GreaterThanOrEqualTo(4));
        Assert.That(text, Does.Contain("# injected heading"));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

using System.Globalization;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PreAuthKit.Tests.Generation;

/// <summary>
/// Issue 4's "done when": a long synthetic case (the sample with 40 prior treatments) renders to at
/// least 6 pages; the prior-treatment table spans pages and repeats its header row on each; the
/// running header is on pages 2..N, "Page X of N" on every page, and the checklist is printed.
/// </summary>
public class LongCaseTests
{
    private const int Treatments = 40;
    private const string RunningHeader = "Patient: Sample, Jordan | DOB: 04/12/1988 | Member ID: EXH123456789";

    [Test]
    public async Task Long_case_snapshot()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(LongCase());

        Snapshot.Approve(PdfTextDump.Dump(document.Pdf.Span));
    }

    [Test]
    public async Task Long_case_renders_at_least_six_pages_with_furniture_on_every_page()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(LongCase());

        using var pdf = PdfDocument.Open(document.Pdf.ToArray());
        var pages = pdf.GetPages().ToList();
        Assert.That(pages, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(document.PageCount, Is.EqualTo(pages.Count));
        Assert.Multiple(() =>
        {
            foreach (var page in pages)
            {
                var lines = PdfTextDump.Lines(page);
                var footer = string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {pages.Count}");
                Assert.That(lines.Where(l => l.Text == footer).Select(l => l.Y), Has.One.GreaterThan(page.Height - 72), $"{footer} in the bottom margin");
                var headers = lines.Where(l => l.Text == RunningHeader).ToList();
                if (page.Number == 1)
                {
                    Assert.That(headers, Is.Empty, "page 1 carries the letterhead, not the running header");
                }
                else
                {
                    Assert.That(headers.Select(l => l.Y), Has.One.LessThan(72), $"running header in the top margin of page {page.Number}");
                }
            }
        });
    }

    [Test]
    public async Task Prior_treatment_table_spans_pages_and_repeats_its_header_row_on_each()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(LongCase());

        using var pdf = PdfDocument.Open(document.Pdf.ToArray());
        var spanned = new List<int>();
        var seen = new List<int>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            var rows = words.Where(w => w.Text.StartsWith("TX-", StringComparison.Ordinal)).OrderBy(w => w.BoundingBox.Top * -1).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            spanned.Add(page.Number);
            seen.AddRange(rows.Select(w => int.Parse(w.Text[3..5], CultureInfo.InvariantCulture)));
            var header = HeaderRow(words);
            Assert.That(header, Is.Not.Null, $"page {page.Number}: the header row Treatment | Dates | Outcome is repeated");
            Assert.That(header!.Value.Baseline, Is.GreaterThan(rows[0].BoundingBox.Top), $"page {page.Number}: the header row is above the first row");
        }

        Assert.That(spanned, Has.Count.GreaterThanOrEqualTo(2), "the table spans pages");
        Assert.That(spanned, Is.EqualTo(Enumerable.Range(spanned[0], spanned.Count)), "on consecutive pages");
        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, Treatments)), "every row once, in order, none lost at a page break");
    }

    [Test]
    public async Task Long_case_prints_the_checklist_with_every_item_present()
    {
        var document = await TestCases.Generator().RenderPreAuthorizationAsync(LongCase());

        var text = PdfText.Of(document);
        Assert.That(text, Does.Contain("Documentation checklist"));
        Assert.That(text, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"Section \"Prior treatments and outcomes\" ({Treatments} treatments)")));
        Assert.That(document.Checklist.IsComplete, Is.True);
    }

    /// <summary>The bold words Treatment, Dates and Outcome on one baseline, left to right; null when the page has no such row.</summary>
    private static (double Baseline, double Left)? HeaderRow(IReadOnlyList<Word> words)
    {
        static bool Bold(Word w) => w.Letters.All(l => l.FontName?.Contains("Bold", StringComparison.Ordinal) == true);
        foreach (var treatment in words.Where(w => w.Text == "Treatment" && Bold(w)))
        {
            var baseline = treatment.BoundingBox.Bottom;
            bool OnLine(Word w, string text) => w.Text == text && Bold(w) && Math.Abs(w.BoundingBox.Bottom - baseline) < 1 && w.BoundingBox.Left > treatment.BoundingBox.Right;
            var dates = words.FirstOrDefault(w => OnLine(w, "Dates"));
            var outcome = words.FirstOrDefault(w => OnLine(w, "Outcome"));
            if (dates is not null && outcome is not null && outcome.BoundingBox.Left > dates.BoundingBox.Right)
            {
                return (baseline, treatment.BoundingBox.Left);
            }
        }

        return null;
    }

    /// <summary>The sample case with 40 prior treatments (every fifth with a long, wrapping outcome).</summary>
    internal static CaseFile LongCase()
    {
        var sample = TestCases.BurnScarForearm();
        string[] kinds = ["silicone gel sheeting", "pressure garment", "intralesional triamcinolone", "occupational therapy", "scar massage", "splinting at night", "topical imiquimod", "cryotherapy"];
        var treatments = Enumerable.Range(1, Treatments).Select(i => new PriorTreatment
        {
            Treatment = string.Create(CultureInfo.InvariantCulture, $"TX-{i:00} {kinds[i % kinds.Length]}, course {i}"),
            StartedOn = new DateOnly(2024, 3, 10).AddDays(20 * i),
            EndedOn = new DateOnly(2024, 3, 10).AddDays((20 * i) + 18),
            Outcome = i % 5 == 0
                ? "No lasting change: the contracture band across the volar wrist crease persisted, extension stayed at 40 degrees, and pruritus returned within two weeks of stopping"
                : "Minimal change; function unchanged",
        }).ToList();
        var @case = sample.Case with { History = sample.Case.History with { PriorTreatments = treatments } };
        return sample with { Case = @case };
    }
}

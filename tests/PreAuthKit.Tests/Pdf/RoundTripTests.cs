using System.Text.RegularExpressions;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// The copy a document-management system keeps is rewritten by Ghostscript or OCRmyPDF. After each
/// rewrite, MuPDF's and Poppler's text extraction must give the same text as from the original,
/// including bullets, curly quotes, dashes, ≥ → ° and names outside Latin-1 (ToUnicode maps).
/// </summary>
public partial class RoundTripTests
{
    public static IEnumerable<TestCaseData> Conversions()
    {
        yield return new TestCaseData("gs-pdfwrite", new[] { "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile={out}", "{in}" });
        yield return new TestCaseData("gs-pdfa2", new[] { "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFA=2", "-dPDFACompatibilityPolicy=1", "-sColorConversionStrategy=RGB", "-sDEVICE=pdfwrite", "-sOutputFile={out}", "{in}" });
        yield return new TestCaseData("ocrmypdf-pdfa2", new[] { "ocrmypdf", "-q", "--skip-text", "--output-type", "pdfa-2", "{in}", "{out}" });
    }

    [TestCaseSource(nameof(Conversions))]
    public void Extracted_text_is_unchanged_by_the_conversion(string name, string[] command)
    {
        foreach (var sample in new[] { SamplePdfs.Unicode, SamplePdfs.Samples.First(s => s.Name == "surgical-scar-reconstruction") })
        {
            var converted = Path.Combine(Path.GetDirectoryName(sample.Path)!, $"{sample.Name}.{name}.pdf");
            var args = command.Skip(1).Select(a => a.Replace("{in}", sample.Path, StringComparison.Ordinal).Replace("{out}", converted, StringComparison.Ordinal)).ToArray();
            var run = ExternalTool.Run(command[0], args);
            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(File.Exists(converted), Is.True);

            var original = Texts(sample.Path);
            var after = Texts(converted);
            Assert.Multiple(() =>
            {
                Assert.That(after.Mutool, Is.EqualTo(original.Mutool), $"{sample.Name}: mutool text after {name}");
                Assert.That(after.Pdftotext, Is.EqualTo(original.Pdftotext), $"{sample.Name}: pdftotext text after {name}");
                Assert.That(after.Mutool, Does.Not.Contain("\uFFFD"));
            });
            if (sample == SamplePdfs.Unicode)
            {
                Assert.Multiple(() =>
                {
                    Assert.That(after.Mutool, Does.Contain(SamplePdfs.UnicodeLastName + ", " + SamplePdfs.UnicodeFirstName));
                    Assert.That(after.Pdftotext, Does.Contain(SamplePdfs.UnicodeLastName + ", " + SamplePdfs.UnicodeFirstName));
                    Assert.That(after.Pdftotext, Does.Contain(Normalize(SamplePdfs.UnicodeCondition)[..40]));
                    Assert.That(after.Pdftotext, Does.Contain("\u2022"), "bullets");
                    Assert.That(after.Pdftotext, Does.Contain("\u2265 4 cm").And.Contain("\u2192").And.Contain("40\u00B0").And.Contain("\u201Cgraft border\u201D").And.Contain("\u2014"));
                });
            }
        }
    }

    [Test]
    public void The_text_of_the_unicode_sample_itself_is_exact()
    {
        var text = Texts(SamplePdfs.Unicode.Path);

        Assert.That(text.Mutool, Does.Contain($"Patient: {SamplePdfs.UnicodeLastName}, {SamplePdfs.UnicodeFirstName}"));
        Assert.That(text.Pdftotext, Does.Contain($"Patient: {SamplePdfs.UnicodeLastName}, {SamplePdfs.UnicodeFirstName}"));
    }

    private static (string Mutool, string Pdftotext) Texts(string pdf)
    {
        var mutool = ExternalTool.Run("mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf);
        var poppler = ExternalTool.Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        Assert.That(poppler.ExitCode, Is.Zero, poppler.Output);
        Assert.That(mutool.ExitCode, Is.Zero, mutool.Output);
        return (Normalize(mutool.Stdout), Normalize(poppler.Stdout));
    }

    /// <summary>Text as words: line breaks and runs of blanks (which the readers place differently after a rewrite) become one space.</summary>
    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

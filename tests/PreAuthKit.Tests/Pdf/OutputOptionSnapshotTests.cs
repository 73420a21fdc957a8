using System.Text;
using System.Text.RegularExpressions;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// Snapshots of the sample rendered with each output option: what the file declares (PDF/A and
/// PDF/UA identification, output intent, fonts, image colour spaces) followed by the PdfPig text
/// and layout dump, so that any change to an option's output is a reviewed diff.
/// </summary>
public partial class OutputOptionSnapshotTests
{
    [Test]
    public async Task Archival_sample_snapshot()
    {
        var document = await TestCases.Generator(o => o.Archival = true).RenderPreAuthorizationAsync(TestCases.BurnScarForearm());

        Snapshot.Approve(Declarations(document.Pdf.ToArray()) + PdfTextDump.Dump(document.Pdf.Span));
    }

    [Test]
    public async Task Fax_sample_snapshot()
    {
        var document = await TestCases.Generator(o => o.FaxFriendly = true).RenderPreAuthorizationAsync(TestCases.BurnScarForearm());

        Snapshot.Approve(Declarations(document.Pdf.ToArray()) + PdfTextDump.Dump(document.Pdf.Span));
    }

    [Test]
    public async Task Each_option_renders_the_same_bytes_twice_and_different_bytes_from_the_others()
    {
        var renders = new List<byte[]>();
        foreach (var configure in new Action<PreAuthGeneratorOptions>[] { _ => { }, o => o.Archival = true, o => o.FaxFriendly = true, o => { o.Archival = true; o.FaxFriendly = true; } })
        {
            var first = await TestCases.Generator(configure).RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
            var second = await TestCases.Generator(configure).RenderPreAuthorizationAsync(TestCases.BurnScarForearm());
            Assert.That(second.Pdf.ToArray(), Is.EqualTo(first.Pdf.ToArray()));
            renders.Add(first.Pdf.ToArray());
        }

        Assert.That(renders.Select(Convert.ToHexString).Distinct().Count(), Is.EqualTo(4));
    }

    internal static string Declarations(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var lines = new StringBuilder();
        lines.Append("pdfaid: ").AppendLine(Find(text, @"<pdfaid:part>(\d)</pdfaid:part>\s*<pdfaid:conformance>(\w)</pdfaid:conformance>", m => $"{m.Groups[1].Value}{m.Groups[2].Value}"));
        lines.Append("pdfuaid: ").AppendLine(Find(text, @"<pdfuaid:part>(\d)</pdfuaid:part>", m => m.Groups[1].Value));
        lines.Append("output intent: ").AppendLine(Find(text, @"/OutputConditionIdentifier\(([^)]*)\)", m => m.Groups[1].Value));
        lines.Append("tagged: ").AppendLine(text.Contains("/Marked true", StringComparison.Ordinal) ? "yes" : "no");
        foreach (var font in PdfFonts.List(pdf).OrderBy(f => f.BaseFont[7..], StringComparer.Ordinal))
        {
            lines.Append("font: ").Append(font.BaseFont[7..]).Append(' ').Append(font.Subtype).Append(font.Embedded ? " embedded" : " NOT embedded").AppendLine();
        }

        foreach (var space in Regex.Matches(text, @"/Subtype/Image.*?/ColorSpace/(\w+)").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal))
        {
            lines.Append("image: ").AppendLine(space);
        }

        return lines.AppendLine().ToString();
    }

    private static string Find(string text, string pattern, Func<Match, string> value)
    {
        var match = Regex.Match(text, pattern);
        return match.Success ? value(match) : "none";
    }
}

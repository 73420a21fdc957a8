using PreAuthKit.Tests.Support;
using UglyToad.PdfPig;

namespace PreAuthKit.Tests.Policies;

public class ExploreTests
{
    [Test]
    public void Dump()
    {
        var run = PolicyCases.Render(TestCases.BurnScarForearm());
        using var pdf = PdfDocument.Open(run.Pdf);
        foreach (var page in pdf.GetPages())
        {
            TestContext.Out.WriteLine($"==== page {page.Number}");
            TestContext.Out.WriteLine(UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(page));
        }
        TestContext.Out.WriteLine(string.Join("\n", run.Report.Findings));
        Assert.Pass();
    }
}

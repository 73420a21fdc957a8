using System.Text.RegularExpressions;
using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.CaseFiles;

/// <summary>docs/case-file.md stays true: its complete example reads and validates clean (its code table: FindingCatalogTests).</summary>
public partial class CaseFileDocsTests
{
    private static string Doc => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "case-file.md"));

    [Test]
    public void Complete_example_reads_and_has_no_findings()
    {
        var json = JsonBlock().Match(Doc).Groups[1].Value;

        var @case = CaseFileReader.Parse(json);
        var report = CaseValidator.Validate(@case, new DateOnly(2026, 11, 26));

        Assert.That(report.Findings, Is.Empty, () => string.Join("\n", report.Findings));
        Assert.That(@case.Appeal?.DenialCode, Is.EqualTo("CO-50"));
        Assert.That(@case.Photos, Has.Count.EqualTo(1));
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}

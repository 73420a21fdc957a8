using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Templating;

/// <summary>
/// Golden files at the template seam (as Scriban's own tests do: an input beside its expected output):
/// for every sample case (the input, <c>samples/cases/{name}.json</c>) and document, the Markdown the
/// templates produce is compared exactly with <c>Templating/Golden/{name}.{kind}.out.md</c>. A change
/// to a template or the view model shows as a diff of meaning, without layout coordinates; a failing
/// run writes <c>{name}.{kind}.out.received.md</c> beside the golden file (git-ignored) for review.
/// </summary>
public class MarkdownGoldenTests
{
    private static string GoldenFolder => Path.Combine(RepoPaths.Root, "tests", "PreAuthKit.Tests", "Templating", "Golden");

    public static IEnumerable<TestCaseData> Documents() => TestCases.SampleDocuments(nameof(Template_output_is_the_golden_file));

    [TestCaseSource(nameof(Documents))]
    public void Template_output_is_the_golden_file(string name, string kind)
    {
        var caseFile = CaseFileReader.Load(RepoPaths.SampleCase(name + ".json"));
        var pipeline = TestCases.Generator().Pipeline;
        string markdown;
        try
        {
            markdown = (kind == "appeal" ? pipeline.RenderAppeal(caseFile, default) : pipeline.RenderPreAuthorization(caseFile, default)).Markdown;
        }
        catch (CaseValidationException refused)
        {
            // A refused sample (the late appeal) has no template output: its golden file is the refusal's codes.
            markdown = "refused: " + string.Join(", ", refused.Report.Errors.Select(f => f.Code)) + "\n";
        }

        var golden = Path.Combine(GoldenFolder, $"{name}.{kind}.out.md");
        var received = Path.Combine(GoldenFolder, $"{name}.{kind}.out.received.md");
        var actual = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(golden) ? File.ReadAllText(golden).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"no golden file {Path.GetFileName(golden)} yet: review {Path.GetFileName(received)} and rename it"
            : $"template output differs from {Path.GetFileName(golden)}: compare it with {Path.GetFileName(received)}");
    }
}

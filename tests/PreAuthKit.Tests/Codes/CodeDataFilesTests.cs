using PreAuthKit.Codes;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Codes;

/// <summary>The documented data files: well-formed codes, a source named in each header, and the pairs the issue names.</summary>
public class CodeDataFilesTests
{
    [Test]
    public void Add_on_file_names_its_source_and_holds_valid_pairs()
    {
        var header = string.Join("\n", File.ReadLines(DataFile("addon-codes.tsv")).TakeWhile(l => l.StartsWith('#')));

        Assert.That(header, Does.Contain("Source").And.Contain("NCCI"));
        Assert.That(CodeDataFiles.AddOnPrimaries, Has.Count.GreaterThanOrEqualTo(3));
        Assert.Multiple(() =>
        {
            foreach (var (addOn, primaries) in CodeDataFiles.AddOnPrimaries)
            {
                Assert.That(ProcedureCodes.Classify(addOn), Is.Not.EqualTo(ProcedureCodeKind.Invalid), addOn);
                Assert.That(primaries, Is.Not.Empty.And.All.Matches<string>(p => ProcedureCodes.Classify(p) != ProcedureCodeKind.Invalid && p != addOn), addOn);
            }
        });
        Assert.That(CodeDataFiles.AddOnPrimaries["0480T"], Is.EqualTo(new[] { "0479T" }));
        Assert.That(CodeDataFiles.AddOnPrimaries["15787"], Is.EqualTo(new[] { "15786" }));
        Assert.That(CodeDataFiles.AddOnPrimaries["17003"], Is.EqualTo(new[] { "17000" }));
    }

    [Test]
    public void Modifier_file_names_its_sources_and_holds_two_character_modifiers()
    {
        var header = string.Join("\n", File.ReadLines(DataFile("modifiers.tsv")).TakeWhile(l => l.StartsWith('#')));

        Assert.That(header, Does.Contain("CPT").And.Contain("HCPCS"));
        Assert.That(CodeDataFiles.Modifiers, Is.All.Matches<string>(ProcedureCodes.IsWellFormedModifier));
        Assert.That(CodeDataFiles.Modifiers, Is.SupersetOf(new[] { "LT", "RT", "59", "XS", "25", "KX" }));
    }

    [Test]
    public void State_file_names_a_source_for_every_window_and_leaves_a_filing_body_column()
    {
        var lines = File.ReadLines(Path.Combine(RepoPaths.Root, "src", "PreAuthKit", "Appeals", "Data", "state-external-review.tsv")).Where(l => !l.StartsWith('#')).ToList();

        Assert.That(lines[0].Split('\t'), Is.EqualTo(new[] { "state", "external_review_months", "window_source", "filing_body", "filing_body_source", "filing_address", "filing_phone", "filing_online" }));
        Assert.That(lines.Skip(1).Select(l => l.Split('\t')), Is.All.Matches<string[]>(f => f!.Length == 8 && f[2].Length > 0));
    }

    private static string DataFile(string name) => Path.Combine(RepoPaths.Root, "src", "PreAuthKit", "Codes", "Data", name);
}

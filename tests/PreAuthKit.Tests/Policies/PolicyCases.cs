using PreAuthKit.CaseFiles;
using PreAuthKit.Generation;
using PreAuthKit.Policies;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Policies;

/// <summary>The example packs, sample cases and a generator that knows the packs.</summary>
internal static class PolicyCases
{
    public static string PacksFolder => Path.Combine(RepoPaths.Root, "samples", "policies");

    public static string SchemaPath => Path.Combine(RepoPaths.Root, "docs", "policy-pack.schema.json");

    public static PolicyLibrary Library() => PolicyPackReader.LoadFolder(PacksFolder);

    public static PolicyPack Pack(string file) => PolicyPackReader.Load(Path.Combine(PacksFolder, file));

    public static PreAuthGenerator Generator(PolicyLibrary? library = null, bool strict = false) => TestCases.Generator(o =>
    {
        o.Policies = library ?? Library();
        o.Validation.Strict = strict;
    });

    public static PipelineRun Render(CaseFile caseFile, PolicyLibrary? library = null, bool appeal = false)
    {
        var pipeline = Generator(library).Pipeline;
        return appeal ? pipeline.RenderAppeal(caseFile, CancellationToken.None) : pipeline.RenderPreAuthorization(caseFile, CancellationToken.None);
    }
}

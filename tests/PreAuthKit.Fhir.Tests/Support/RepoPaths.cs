namespace PreAuthKit.Fhir.Tests.Support;

/// <summary>
/// Locates the repository from the test binaries (walks up to PreAuthKit.sln) and the shared data beside the clone
/// (<c>../shared</c>, as CI lays it out and as the worktrees' symlink resolves).
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PreAuthKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PreAuthKit.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string SampleCases => Path.Combine(Root, "samples", "cases");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string PasPackage => Path.Combine(Shared, "data", "davinci-pas", "hl7.fhir.us.davinci-pas-2.2.1.tgz");

    public static string UsCorePackage => Path.Combine(Shared, "data", "us-core", "hl7.fhir.us.core-7.0.0.tgz");
}

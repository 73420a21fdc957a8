namespace PreAuthKit.Tests.Support;

/// <summary>
/// Locates the repository from the test binaries (walks up to PreAuthKit.sln) and the shared data beside
/// the clone (<c>../shared</c>, as CI lays it out). The FHIR tests compile this same file.
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

    public static string SampleCase(string name) => Path.Combine(SampleCases, name);

    public static string Snapshots => Path.Combine(Root, "tests", "PreAuthKit.Tests", "Snapshots");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The shared reference data beside the clone (<c>../shared</c>).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}

namespace PreAuthKit.Benchmarks.Support;

/// <summary>Finds the repository (walks up to PreAuthKit.sln) so benchmarks can load the bundled samples.</summary>
internal static class BenchmarkPaths
{
    public static string Root
    {
        get
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "PreAuthKit.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException("PreAuthKit.sln not found; run the benchmarks from inside the repository.");
        }
    }

    public static string SampleCase(string name) => Path.Combine(Root, "samples", "cases", name);

    /// <summary>A source file of the repository, for content hashes.</summary>
    public static string Source(params string[] parts) => Path.Combine([Root, .. parts]);
}

using PreAuthKit.CaseFiles;

namespace PreAuthKit.Tests.Support;

/// <summary>Synthetic cases and a generator with a fixed clock for tests.</summary>
internal static class TestCases
{
    /// <summary>The clock every test uses: 2026-11-26 12:00 UTC.</summary>
    public static TimeProvider Clock { get; } = new FixedTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public static CaseFile BurnScarForearm() => CaseFileReader.Load(RepoPaths.SampleCase("burn-scar-forearm.json"));

    /// <summary>The burn-scar sample from its files, and the same case with its photos and attachments given as bytes and as streams.</summary>
    public static (CaseFile FromFile, CaseInput FromBytes, CaseInput FromStreams) BurnScarForearmInMemory()
    {
        var fromFile = BurnScarForearm();
        var bytes = fromFile.Case.Photos.Select(p => p.Path)
            .Concat(fromFile.Case.Attachments.Select(a => a.Path!))
            .ToDictionary(path => path, path => File.ReadAllBytes(Path.Combine(fromFile.BaseDirectory, path)));
        return (fromFile,
            CaseInput.FromCase(fromFile.Case, bytes.ToDictionary(kv => kv.Key, kv => ContentSource.FromBytes(kv.Value))),
            CaseInput.FromCase(fromFile.Case, bytes.ToDictionary(kv => kv.Key, kv => ContentSource.FromStream(() => new MemoryStream(kv.Value)))));
    }

    /// <summary>
    /// Every sample case with each document it makes: the request, and the appeal letter when the case has
    /// an appeal section. Each test case is named <c>{test}({sample}, preauth|appeal)</c> and carries the
    /// sample's name and the document's key.
    /// </summary>
    public static IEnumerable<TestCaseData> SampleDocuments(string test)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleCases, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            yield return new TestCaseData(name, "preauth").SetName($"{test}({name}, preauth)");
            if (CaseFileReader.Load(file).Case.Appeal is not null)
            {
                yield return new TestCaseData(name, "appeal").SetName($"{test}({name}, appeal)");
            }
        }
    }

    public static PreAuthGenerator Generator(Action<PreAuthGeneratorOptions>? configure = null)
    {
        var options = new PreAuthGeneratorOptions { TimeProvider = Clock };
        configure?.Invoke(options);
        return new PreAuthGenerator(options);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

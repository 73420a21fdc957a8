using PreAuthKit.CaseFiles;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// Every sample case rendered as a pre-authorization request (cases that are refused are left out),
/// plus one case whose names need the Unicode fonts, written once per test run to a temporary
/// folder so external readers can open them.
/// </summary>
internal static class SamplePdfs
{
    /// <summary>The name outside Latin-1 that the Unicode test case carries (Ł U+0141, ễ U+1EC5).</summary>
    public const string UnicodeFirstName = "\u0141ucja";

    public const string UnicodeLastName = "Wr\u00F3bel-Nguy\u1EC5n";

    /// <summary>Curly quotes, dashes and the symbols ≥ → ° in a history field of the Unicode test case.</summary>
    public const string UnicodeCondition = "Hypertrophic burn scar \u2265 4 cm \u2014 the \u201Cgraft border\u201D band \u2013 limits wrist extension to 40\u00B0 (\u2018tight\u2019) \u2192 split-thickness graft";

    private static readonly Lazy<IReadOnlyList<Sample>> All = new(Render, LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record Sample(string Name, byte[] Pdf, string Path)
    {
        public override string ToString() => Name;
    }

    public static IReadOnlyList<Sample> Samples => All.Value;

    public static Sample Unicode => All.Value.Single(s => s.Name == "unicode-names");

    private static List<Sample> Render()
    {
        var folder = Directory.CreateTempSubdirectory("preauthkit-pdf-").FullName;
        var generator = TestCases.Generator();
        var samples = new List<Sample>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleCases, "*.json").Order(StringComparer.Ordinal))
        {
            Add(System.IO.Path.GetFileNameWithoutExtension(file), CaseFileReader.Load(file));
        }

        var burn = TestCases.BurnScarForearm();
        Add("unicode-names", burn with
        {
            Case = burn.Case with
            {
                Patient = burn.Case.Patient with { FirstName = UnicodeFirstName, LastName = UnicodeLastName },
                History = burn.Case.History with { Condition = UnicodeCondition },
            },
        });
        return samples;

        void Add(string name, CaseFile caseFile)
        {
            try
            {
                var pdf = generator.RenderPreAuthorizationAsync(caseFile).GetAwaiter().GetResult().Pdf.ToArray();
                var path = System.IO.Path.Combine(folder, name + ".pdf");
                File.WriteAllBytes(path, pdf);
                samples.Add(new Sample(name, pdf, path));
            }
            catch (CaseValidationException)
            {
                // refused: no PDF to check
            }
        }
    }
}

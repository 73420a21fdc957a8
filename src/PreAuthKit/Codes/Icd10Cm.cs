using System.Text;

namespace PreAuthKit.Codes;

/// <summary>
/// The ICD-10-CM code tables embedded in the library: the official FY2026 codes file and the
/// FY2027 changes derived from it (see <c>Codes/README.md</c>). Each table is loaded lazily, once,
/// thread-safely, on first use. The fiscal year runs from October 1 to September 30.
/// </summary>
internal static class Icd10Cm
{
    /// <summary>The first fiscal year with a table.</summary>
    public const int FirstFiscalYear = 2026;

    /// <summary>The last fiscal year with a table; later dates of service are checked against it.</summary>
    public const int LastFiscalYear = 2027;

    private const string Fy2026Resource = "PreAuthKit.Codes.icd10cm-fy2026.tsv";
    private const string Fy2027ChangesResource = "PreAuthKit.Codes.icd10cm-fy2027-changes.tsv";

    private static readonly Lazy<Icd10CmCodeSet> Fy2026 = new(LoadFy2026, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Icd10CmCodeSet> Fy2027 = new(LoadFy2027, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _loads;

    /// <summary>How many times a table was built from the embedded resources (for tests: once per fiscal year).</summary>
    public static int LoadCount => Volatile.Read(ref _loads);

    /// <summary>The fiscal year of a date of service: dates from October 1 belong to the next year's code set.</summary>
    public static int FiscalYearOf(DateOnly dateOfService) => dateOfService.Month >= 10 ? dateOfService.Year + 1 : dateOfService.Year;

    /// <summary>The code set in effect on <paramref name="dateOfService"/>, or the nearest available one.</summary>
    public static Icd10CmCodeSet ForDate(DateOnly dateOfService) => ForFiscalYear(FiscalYearOf(dateOfService));

    /// <summary>The code set of <paramref name="fiscalYear"/>, clamped to the years the library carries.</summary>
    public static Icd10CmCodeSet ForFiscalYear(int fiscalYear) => fiscalYear >= LastFiscalYear ? Fy2027.Value : Fy2026.Value;

    /// <summary>
    /// The official description of a billable code on a date of service (for letters whose case
    /// gives no description), or null when the code is not billable then.
    /// </summary>
    public static string? Describe(string code, DateOnly dateOfService) => ForDate(dateOfService).Describe(code);

    /// <summary>Whether the library carries a table for the fiscal year itself (not a nearby one).</summary>
    public static bool HasTableFor(int fiscalYear) => fiscalYear is >= FirstFiscalYear and <= LastFiscalYear;

    private static Icd10CmCodeSet LoadFy2026()
    {
        Interlocked.Increment(ref _loads);
        using var stream = OpenResource(Fy2026Resource);
        return new Icd10CmCodeSet(2026, Icd10CmTable.FromTsv(stream));
    }

    private static Icd10CmCodeSet LoadFy2027()
    {
        var fy2026 = Fy2026.Value;
        Interlocked.Increment(ref _loads);
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        var remove = new List<string>();
        using var reader = new StreamReader(OpenResource(Fy2027ChangesResource), Encoding.UTF8);
        reader.ReadLine(); // header: change, code, fy2026_description, fy2027_description
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 4)
            {
                continue;
            }

            switch (fields[0])
            {
                case "added":
                case "revised":
                    set[fields[1]] = fields[3];
                    break;
                case "deleted":
                case "now_header":
                    remove.Add(fields[1]);
                    break;
                default:
                    break;
            }
        }

        return new Icd10CmCodeSet(2027, fy2026.Codes.With(set, remove));
    }

    private static Stream OpenResource(string name)
        => typeof(Icd10Cm).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the PreAuthKit assembly.");
}

using PreAuthKit.Appeals;
using PreAuthKit.Codes;

namespace PreAuthKit.Validation;

/// <summary>How strictly a case is checked. The defaults suit most clinics; every judgement call can be tuned.</summary>
public sealed class ValidationOptions
{
    /// <summary>
    /// Strict mode: every item of the documentation checklist must be present. Each missing
    /// requirement of an item (medical history, prior treatments with dates and outcomes, the
    /// physician's assessment, functional impairment, dated photographs, treatment plan; for an
    /// appeal also the denial notice and new evidence) is an error that blocks rendering instead of
    /// a warning. Nothing else changes. Default false.
    /// </summary>
    public bool Strict { get; set; }

    /// <summary>Whether photo paths may be absolute. Default false: photos must sit in the case file's folder or below it.</summary>
    public bool AllowAbsolutePhotoPaths { get; set; }

    /// <summary>Largest photo file accepted, in bytes. Default 25 MiB.</summary>
    public long MaxPhotoBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Largest photo accepted, in pixels (width times height, read from the header before any decoding). Default 50 million.</summary>
    public long MaxPhotoPixels { get; set; } = 50_000_000;

    /// <summary>
    /// ICD-10-CM codes or code prefixes that are typically cosmetic (with or without the dot). When
    /// every diagnosis matches and no functional impairment is documented, a warning is raised
    /// (<c>PAK-DX-011</c>). Defaults, each reviewed against its official title (<c>Codes/CosmeticDiagnoses.cs</c>):
    /// photoaging <c>L57.2</c>-<c>L57.4</c>, <c>L57.8</c>, <c>L57.9</c>; pigmentation <c>L81.0</c>-<c>L81.6</c>,
    /// <c>L81.8</c>, <c>L81.9</c>; striae <c>L90.6</c>. Not <c>L57.0</c> actinic keratosis (premalignant;
    /// destruction is covered, Medicare NCD 250.4), <c>L57.1</c>, <c>L57.5</c> or <c>L81.7</c>.
    /// </summary>
    public IList<string> CosmeticDiagnosisCodes { get; } = [.. CosmeticDiagnoses.DefaultCodes];

    /// <summary>
    /// Codes that state a cosmetic purpose (category Z41: <c>Z41.1</c> encounter for cosmetic surgery,
    /// <c>Z41.8</c>, <c>Z41.9</c>); any of them on a request draws the cosmetic-risk warning <c>PAK-DX-020</c>.
    /// </summary>
    public IList<string> CosmeticPurposeCodes { get; } = [.. CosmeticDiagnoses.CosmeticPurposeCodes];

    /// <summary>
    /// An injury or burn code with the 7th character A (initial encounter) on a scar case whose onset
    /// (<c>history.onset</c>) lies at least this many days before the date of service, or is not
    /// stated, draws <c>PAK-DX-017</c> suggesting the sequela code (7th character S). Default 90.
    /// </summary>
    public int SequelaAfterDays { get; set; } = 90;

    /// <summary>
    /// Add-on CPT codes and the primary codes one of which must be on the same request
    /// (<c>PAK-CPT-011</c>). Defaults from the embedded data file <c>Codes/Data/addon-codes.tsv</c>
    /// (CPT add-on parentheticals, CMS NCCI add-on code edits), e.g. <c>0480T</c> needs <c>0479T</c>,
    /// <c>15787</c> needs <c>15786</c>, <c>17003</c> needs <c>17000</c>. Add entries for the codes your clinic uses.
    /// </summary>
    public IDictionary<string, IList<string>> AddOnPrimaryCodes { get; } =
        CodeDataFiles.AddOnPrimaries.ToDictionary(p => p.Key, p => (IList<string>)[.. p.Value], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Modifiers accepted without a warning (<c>PAK-CPT-014</c>). Defaults from the embedded data file
    /// <c>Codes/Data/modifiers.tsv</c>: CPT Level I modifiers and the HCPCS Level II modifiers used with
    /// skin procedures (e.g. <c>LT</c>, <c>RT</c>, <c>59</c>, <c>XS</c>, <c>KX</c>). Add the ones your payers use.
    /// </summary>
    public IList<string> KnownModifiers { get; } = [.. CodeDataFiles.Modifiers.Order(StringComparer.Ordinal)];

    /// <summary>More units or sessions than this on one service line draws the plausibility warning <c>PAK-CPT-013</c>. Default 52 (weekly for a year).</summary>
    public int MaxPlausibleUnits { get; set; } = 52;

    /// <summary>
    /// Warning codes to leave out of the report (judgement calls a clinic has decided to accept, e.g.
    /// <c>PAK-DX-021</c>). Errors cannot be suppressed. Applies to the coding and deadline warnings
    /// <c>PAK-DX-016</c>-<c>PAK-DX-022</c>, <c>PAK-CPT-012</c>-<c>PAK-CPT-014</c> and <c>PAK-APL-014</c>-<c>PAK-APL-021</c>.
    /// </summary>
    public ISet<string> SuppressedWarnings { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that mark a justification as aesthetic (matched case-insensitively in
    /// <c>assessment.medicalNecessity</c> and <c>assessment.expectedBenefit</c>). When the assessment
    /// documents no functional impairment and uses any of them, a cosmetic-risk warning is raised:
    /// self-esteem and appearance alone do not establish medical necessity. Defaults: appearance,
    /// self-esteem, confidence, cosmetic, aesthetic, complexion, skin tone, wrinkles, fine lines,
    /// photoaging, stretch marks.
    /// </summary>
    public IList<string> AestheticJustificationTerms { get; } =
        ["appearance", "self-esteem", "self esteem", "confidence", "cosmetic", "aesthetic", "complexion", "skin tone", "wrinkle", "fine lines", "photoaging", "stretch marks"];

    /// <summary>
    /// Unlisted-procedure and not-otherwise-classified CPT/HCPCS codes; each needs a narrative
    /// description. Defaults include <c>17999</c> (unlisted procedure, skin).
    /// </summary>
    public IList<string> UnlistedProcedureCodes { get; } = [.. ProcedureCodes.DefaultUnlistedCodes];

    /// <summary>Appeal filing windows and the warning window (default 14 days) used for appeal deadline findings.</summary>
    public AppealDeadlineOptions AppealDeadlines { get; set; } = new();

    /// <summary>A deep copy (lists and appeal deadlines included).</summary>
    internal ValidationOptions Copy()
    {
        var copy = new ValidationOptions
        {
            Strict = Strict,
            AllowAbsolutePhotoPaths = AllowAbsolutePhotoPaths,
            MaxPhotoBytes = MaxPhotoBytes,
            MaxPhotoPixels = MaxPhotoPixels,
            AppealDeadlines = AppealDeadlines?.Copy()!,
            SequelaAfterDays = SequelaAfterDays,
            MaxPlausibleUnits = MaxPlausibleUnits,
        };
        Replace(copy.CosmeticDiagnosisCodes, CosmeticDiagnosisCodes);
        Replace(copy.AestheticJustificationTerms, AestheticJustificationTerms);
        Replace(copy.UnlistedProcedureCodes, UnlistedProcedureCodes);
        Replace(copy.CosmeticPurposeCodes, CosmeticPurposeCodes);
        Replace(copy.KnownModifiers, KnownModifiers);
        copy.AddOnPrimaryCodes.Clear();
        foreach (var (addOn, primaries) in AddOnPrimaryCodes)
        {
            copy.AddOnPrimaryCodes[addOn] = primaries is null ? null! : [.. primaries];
        }

        foreach (var code in SuppressedWarnings)
        {
            copy.SuppressedWarnings.Add(code);
        }

        return copy;
    }

    private static void Replace(IList<string> target, IList<string> source)
    {
        target.Clear();
        foreach (var item in source)
        {
            target.Add(item);
        }
    }
}

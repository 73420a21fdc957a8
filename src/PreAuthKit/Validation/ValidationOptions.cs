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
    /// every diagnosis matches and no functional impairment is documented, a warning is raised.
    /// Defaults: <c>L57</c> (actinic and photoaging changes), <c>L81</c> (pigmentation disorders),
    /// <c>L90.6</c> (striae atrophicae).
    /// </summary>
    public IList<string> CosmeticDiagnosisCodes { get; } = ["L57", "L81", "L90.6"];

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
}

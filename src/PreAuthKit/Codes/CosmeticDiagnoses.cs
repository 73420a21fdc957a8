namespace PreAuthKit.Codes;

/// <summary>
/// Diagnoses payers usually treat as cosmetic, reviewed entry by entry against the official
/// ICD-10-CM FY2026 titles (each entry carries the title it was checked against and why it is on
/// the list; <c>tests/PreAuthKit.Tests/Codes/CosmeticDiagnosesTests.cs</c> checks the titles against
/// the embedded table). The list is a judgement call, so it is only the default of
/// <c>ValidationOptions.CosmeticDiagnosisCodes</c>. Sources: payer cosmetic-procedure policies (e.g.
/// Aetna CPB 0031 "Cosmetic Surgery", UnitedHealthcare "Cosmetic and Reconstructive Procedures")
/// list the treatment of photoaging, pigmentation and striae as cosmetic; the Medicare NCD 250.4
/// (Treatment of Actinic Keratosis) covers destruction of actinic keratoses, so <c>L57.0</c> is
/// deliberately absent, as are <c>L57.1</c> actinic reticuloid and <c>L57.5</c> actinic granuloma
/// (diseases treated medically) and <c>L81.7</c> pigmented purpuric dermatosis (a capillaritis).
/// </summary>
internal static class CosmeticDiagnoses
{
    /// <summary>The reviewed default list, in code order.</summary>
    public static IReadOnlyList<ReviewedCode> Defaults { get; } =
    [
        new("L57.2", "Cutis rhomboidalis nuchae", "photoaging of the neck; its treatment is aesthetic"),
        new("L57.3", "Poikiloderma of Civatte", "photoaging pigment and vessel change of the neck; laser treatment is aesthetic"),
        new("L57.4", "Cutis laxa senilis", "sun-related skin laxity; tightening is aesthetic"),
        new("L57.8", "Other skin changes due to chronic exposure to nonionizing radiation", "photoaging (solar elastosis, wrinkling); resurfacing is aesthetic"),
        new("L57.9", "Skin changes due to chronic exposure to nonionizing radiation, unspecified", "photoaging, unspecified"),
        new("L81.0", "Postinflammatory hyperpigmentation", "hyperpigmentation; lightening is aesthetic"),
        new("L81.1", "Chloasma", "melasma; lightening is aesthetic"),
        new("L81.2", "Freckles", "benign pigmentation; removal is aesthetic"),
        new("L81.3", "Cafe au lait spots", "benign pigmentation; laser removal is aesthetic"),
        new("L81.4", "Other melanin hyperpigmentation", "lentigines and other hyperpigmentation; removal is aesthetic"),
        new("L81.5", "Leukoderma, not elsewhere classified", "pigment loss; camouflage or repigmentation of scars and leukoderma is usually excluded as cosmetic"),
        new("L81.6", "Other disorders of diminished melanin formation", "pigment loss; treatment usually excluded as cosmetic"),
        new("L81.8", "Other specified disorders of pigmentation", "includes tattoo and iron pigmentation; removal is aesthetic"),
        new("L81.9", "Disorder of pigmentation, unspecified", "pigmentation, unspecified"),
        new("L90.6", "Striae atrophicae", "stretch marks; their treatment is aesthetic"),
    ];

    /// <summary>The default codes (dotted), as <c>ValidationOptions.CosmeticDiagnosisCodes</c> starts out.</summary>
    public static IReadOnlyList<string> DefaultCodes { get; } = [.. Defaults.Select(e => e.Code)];

    /// <summary>
    /// Encounter codes of category Z41 ("Encounter for procedures for purposes other than remedying
    /// health state", Guidelines I.C.21.c.14 miscellaneous Z codes) that say outright that a service is
    /// not for a health problem: <c>Z41.1</c> encounter for cosmetic surgery, <c>Z41.8</c> other such
    /// procedures and <c>Z41.9</c> unspecified. Listing one on a request tells the payer the service is
    /// cosmetic. Default of <c>ValidationOptions.CosmeticPurposeCodes</c>.
    /// </summary>
    public static IReadOnlyList<ReviewedCode> CosmeticPurpose { get; } =
    [
        new("Z41.1", "Encounter for cosmetic surgery", "states that the service is cosmetic"),
        new("Z41.8", "Encounter for other procedures for purposes other than remedying health state", "states that the service does not remedy a health state"),
        new("Z41.9", "Encounter for procedure for purposes other than remedying health state, unspecified", "states that the service does not remedy a health state"),
    ];

    /// <summary>The default cosmetic-purpose codes (dotted).</summary>
    public static IReadOnlyList<string> CosmeticPurposeCodes { get; } = [.. CosmeticPurpose.Select(e => e.Code)];
}

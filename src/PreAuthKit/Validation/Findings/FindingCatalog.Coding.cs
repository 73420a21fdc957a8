namespace PreAuthKit.Validation.Findings;

internal static partial class FindingCatalog
{
    /// <summary>
    /// <c>PAK-DX-014</c> to <c>PAK-DX-022</c>: ICD-10-CM sequencing and code-use conventions of the
    /// Official Guidelines for Coding and Reporting FY2026 (CMS/NCHS), applied by
    /// <see cref="Codes.Icd10CmConventions"/>. Warnings are judgement calls a clinic may suppress
    /// (<see cref="ValidationOptions.SuppressedWarnings"/>).
    /// </summary>
    public static class DiagnosisCoding
    {
        private const FindingSection S = FindingSection.Diagnoses;

        public static FindingDefinition ExternalCauseFirst { get; } = new("PAK-DX-014", FindingSeverity.Error, S, "diagnoses[i].code",
            "an external-cause code (V00-Y99) is never first-listed (Guidelines I.C.20.a.6)",
            "{0} is an external-cause code (V00-Y99), which is never first-listed (ICD-10-CM guideline I.C.20.a.6): list the injury or its residual condition first (e.g. L90.5, then the burn code) and the external-cause code after it.");

        public static FindingDefinition ManifestationFirst { get; } = new("PAK-DX-015", FindingSeverity.Error, S, "diagnoses[i].code",
            "a manifestation code (official title \"in diseases classified elsewhere\") is never first-listed (Guidelines I.A.13)",
            "{0} is a manifestation code (\"in diseases classified elsewhere\"), which is never first-listed (ICD-10-CM guideline I.A.13): list the underlying disease first and this code after it.");

        public static FindingDefinition SequelaFirst { get; } = new("PAK-DX-016", FindingSeverity.Warning, S, "diagnoses[i].code",
            "a sequela code (7th character `S`) first-listed: the residual condition (`L90.5`, `L91.0`) comes first (Guidelines I.B.10, I.C.19.a)",
            "{0} is a sequela code (7th character S), which follows the residual condition it caused (ICD-10-CM guidelines I.B.10, I.C.19.a): list the scar or other residual first (e.g. L90.5 or L91.0) and mark it primary.");

        public static FindingDefinition InitialEncounterForOldScar { get; } = new("PAK-DX-017", FindingSeverity.Warning, S, "diagnoses[i].code",
            "an injury or burn code with 7th character `A` on a scar case whose onset is `SequelaAfterDays` (90) or more before the date of service, or unknown: use `S` (Guidelines I.C.19.a, I.B.10)",
            "{0} is coded as an initial encounter (7th character A), but the service treats a scar months or years after the injury: code the late effect with the 7th character S ({1}), after the scar code (ICD-10-CM guidelines I.B.10, I.C.19.a).");

        public static FindingDefinition BurnExtentWithSequela { get; } = new("PAK-DX-018", FindingSeverity.Warning, S, "diagnoses[i].code",
            "`T31`/`T32` (extent of body surface burned) on a scar or burn-sequela case (Guidelines I.C.19.d.6, I.C.19.d.7)",
            "{0} (extent of body surface burned) is not used for the sequelae of a burn (ICD-10-CM guidelines I.C.19.d.6-7): code the scar (L90.5 or L91.0) and the site's burn code with the 7th character S instead.");

        public static FindingDefinition PlaceholderMissing { get; } = new("PAK-DX-019", FindingSeverity.Error, S, "diagnoses[i].code",
            "placeholder `X` missing before the 7th character (`T21.22S`: use `T21.22XS`); the corrected code is suggested (Guidelines I.A.4)",
            "{0} is missing the placeholder X before its 7th character: use {1} (ICD-10-CM guideline I.A.4).");

        public static FindingDefinition CosmeticPurpose { get; } = new("PAK-DX-020", FindingSeverity.Warning, S, "diagnoses[i].code",
            "cosmetic-risk: a code stating a cosmetic purpose (category Z41: `Z41.1`, `Z41.8`, `Z41.9`; `ValidationOptions.CosmeticPurposeCodes`) is listed (ICD-10-CM Tabular, Z41; Guidelines I.C.21.c.14)",
            "{0} says the service is cosmetic or not for a health problem (ICD-10-CM category Z41): payers deny such requests as cosmetic. Code the condition that makes the service medically necessary instead.");

        public static FindingDefinition HistoryFirst { get; } = new("PAK-DX-021", FindingSeverity.Warning, S, "diagnoses[i].code",
            "`Z85.x` (personal history of malignant neoplasm) first-listed for a procedure (Guidelines I.C.21.c.4)",
            "{0} (personal history of malignant neoplasm) is first-listed for a procedure: a history code describes a condition no longer treated (ICD-10-CM guideline I.C.21.c.4); list the condition the service treats first (e.g. the scar after excision, L90.5).");

        public static FindingDefinition AcneKeloidForAcneScars { get; } = new("PAK-DX-022", FindingSeverity.Warning, S, "diagnoses[i].code",
            "`L73.0` (official title \"Acne keloid\") coded while the record speaks of acne scars: use `L90.5` (ICD-10-CM Tabular, L73.0)",
            "L73.0 is acne keloid (folliculitis keloidalis), not acne scarring, which the record describes: code acne scars as L90.5 (scar conditions and fibrosis of skin), with L70.x only while acne is active.");
    }

    /// <summary>
    /// <c>PAK-CPT-010</c> to <c>PAK-CPT-014</c>: CPT/HCPCS coding rules (AMA CPT Category II and add-on
    /// conventions, CMS NCCI add-on code edits, the service line of standard authorization forms).
    /// The add-on pairs and modifiers are documented data files in <c>Codes/Data/</c>.
    /// </summary>
    public static class ProcedureCoding
    {
        private const FindingSection S = FindingSection.Services;

        public static FindingDefinition CategoryII { get; } = new("PAK-CPT-010", FindingSeverity.Error, S, "procedures[i].code",
            "a CPT Category II code (`nnnnF`, performance measurement) cannot be requested as a service (AMA CPT, Category II codes)",
            "{0} is a CPT Category II code (performance measurement, reported for quality programs): it cannot be requested as a service. Request the Category I or III code of the procedure.");

        public static FindingDefinition AddOnWithoutPrimary { get; } = new("PAK-CPT-011", FindingSeverity.Error, S, "procedures[i].code",
            "an add-on code without its primary code on the same request (`0480T` needs `0479T`, `15787` needs `15786`, `17003` needs `17000`; pairs in `Codes/Data/addon-codes.tsv`, from the CPT add-on parentheticals and the CMS NCCI add-on code edits; `ValidationOptions.AddOnPrimaryCodes`)",
            "{0} is an add-on code: request it together with its primary procedure ({1}) on the same request.");

        public static FindingDefinition DatesMissing { get; } = new("PAK-CPT-012", FindingSeverity.Warning, S, "procedures[i].startDate",
            "a service without a start date (path `….startDate`) or end date (path `….endDate`): standard forms and the X12 278 service line carry both",
            "The service has no {0} date: standard authorization forms carry the dates of service (startDate and endDate); enter the planned {1} date.");

        public static FindingDefinition ImplausibleUnits { get; } = new("PAK-CPT-013", FindingSeverity.Warning, S, "procedures[i].units",
            "more units or sessions than `ValidationOptions.MaxPlausibleUnits` (52) on one service line",
            "{0} units or sessions on one service line is more than a payer finds plausible (more than {1}): check the number, or split the request by period.");

        public static FindingDefinition UnknownModifier { get; } = new("PAK-CPT-014", FindingSeverity.Warning, S, "procedures[i].modifiers[j]",
            "a well-formed modifier not in the documented set (`Codes/Data/modifiers.tsv`: CPT Appendix A, CMS HCPCS Level II; `ValidationOptions.KnownModifiers`)",
            "Modifier {0} is not in PreAuthKit's list of CPT and HCPCS modifiers: check it against the payer's billing guide, or add it to ValidationOptions.KnownModifiers.");
    }
}

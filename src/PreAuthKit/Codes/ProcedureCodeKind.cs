namespace PreAuthKit.Codes;

/// <summary>Which code system a procedure code belongs to, judged by its shape.</summary>
internal enum ProcedureCodeKind
{
    /// <summary>Not a CPT or HCPCS code.</summary>
    Invalid,

    /// <summary>CPT Category I: five digits (e.g. <c>17999</c>).</summary>
    CptCategoryI,

    /// <summary>
    /// CPT Category II: four digits and <c>F</c>. Supplemental tracking codes for performance
    /// measurement (AMA CPT, Category II introduction; reported to quality programs such as MIPS with
    /// a zero charge), never a service to authorize: requesting one is <c>PAK-CPT-010</c>.
    /// </summary>
    CptCategoryII,

    /// <summary>CPT Category III: four digits and <c>T</c> (e.g. <c>0479T</c>).</summary>
    CptCategoryIII,

    /// <summary>HCPCS Level II: a letter A to V and four digits (e.g. <c>J3301</c>).</summary>
    Hcpcs,
}

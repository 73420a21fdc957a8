namespace PreAuthKit;

/// <summary>
/// Options of a <see cref="PreAuthGenerator"/>. The generator copies and validates them when it is
/// created (<see cref="PreAuthGeneratorOptionsValidator"/>); changing this object afterwards has no
/// effect on it.
/// </summary>
public sealed class PreAuthGeneratorOptions
{
    /// <summary>
    /// A folder of templates that override the embedded defaults file by file; a subfolder
    /// <c>payers/&lt;payer-id&gt;/</c> overrides single files for one payer. Null (the default)
    /// uses the embedded templates only. A folder that does not exist is an error when the generator is
    /// created (never a silent fallback to the embedded templates).
    /// </summary>
    public string? TemplatesFolder { get; set; }

    /// <summary>Paper size. Defaults to <see cref="PageSize.Letter"/>.</summary>
    public PageSize PageSize { get; set; } = PageSize.Letter;

    /// <summary>
    /// The clock used for "today" in validation (dates in the future, deadlines). Defaults to
    /// <see cref="TimeProvider.System"/>; inject a fixed one for reproducible results.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The medical-policy packs cases are evaluated against (matched by the case's <c>policy.id</c>, or by
    /// payer id and CPT/HCPCS code; <c>docs/policies.md</c>). Defaults to <see cref="Policies.PolicyLibrary.Empty"/>:
    /// no policy criteria are answered.
    /// </summary>
    public Policies.PolicyLibrary Policies { get; set; } = PreAuthKit.Policies.PolicyLibrary.Empty;

    /// <summary>How strictly cases are validated (strict checklist, photo limits, cosmetic codes, appeal deadlines). Defaults to <see cref="Validation.ValidationOptions"/> defaults.</summary>
    public Validation.ValidationOptions Validation { get; set; } = new();

    /// <summary>
    /// Writes archival PDFs: PDF/A-2u (ISO 19005-2, level U) with an embedded sRGB OutputIntent and
    /// the PDF/A identification in the XMP metadata, for document-management systems that keep the
    /// file for years. Every PDF is tagged (PDF/UA-1) and has Unicode text either way. Defaults to
    /// <see langword="false"/>. What is checked, and how: docs/pdf.md.
    /// </summary>
    public bool Archival { get; set; }

    /// <summary>
    /// Writes fax-friendly PDFs: codes and identifiers (member ID, claim and case numbers, ICD-10-CM,
    /// CPT/HCPCS and NPI) in a face and size measured to survive a 1-bit 204x196 dpi fax and OCR,
    /// photographs in greyscale with stretched contrast, and no grey fills behind text. Defaults to
    /// <see langword="false"/>. What was measured: docs/pdf.md.
    /// </summary>
    public bool FaxFriendly { get; set; }

    /// <summary>A deep copy, so the generator is unaffected by later changes.</summary>
    internal PreAuthGeneratorOptions Copy() => new()
    {
        TemplatesFolder = TemplatesFolder is null ? null : Path.GetFullPath(TemplatesFolder),
        PageSize = PageSize,
        TimeProvider = TimeProvider,
        Policies = Policies,
        Validation = Validation?.Copy()!,
        Archival = Archival,
        FaxFriendly = FaxFriendly,
    };
}

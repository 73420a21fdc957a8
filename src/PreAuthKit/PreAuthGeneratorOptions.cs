namespace PreAuthKit;

/// <summary>Options of a <see cref="PreAuthGenerator"/>. Read once when the generator is created.</summary>
public sealed class PreAuthGeneratorOptions
{
    /// <summary>
    /// A folder of templates that override the embedded defaults file by file; a subfolder
    /// <c>payers/&lt;payer-id&gt;/</c> overrides single files for one payer. Null (the default)
    /// uses the embedded templates only.
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
}

namespace PreAuthKit.ViewModels;

/// <summary>
/// Who receives a request for external review. A state-regulated plan's request goes to the state
/// (its insurance department, which assigns an independent review organization); a state without a
/// listed body, and plans that use the federal process, go to the HHS-administered federal external
/// review process (45 CFR 147.136(d); 29 CFR 2590.715-2719(d)); a self-funded ERISA plan's request
/// is filed with the plan, which assigns an accredited IRO (29 CFR 2590.715-2719(d)(2)). Each entry
/// names its source; documented in <c>docs/templates.md</c>.
/// </summary>
internal static class ExternalReviewBodies
{
    /// <summary>The HHS-administered federal external review process (MAXIMUS Federal Services is HHS's contractor).</summary>
    public static Addressee Federal { get; } = new(
        "HHS Federal External Review Request, MAXIMUS Federal Services",
        "HHS-Administered Federal External Review Process",
        "3750 Monroe Avenue, Suite 705, Pittsford, NY 14534",
        "(888) 866-6190",
        "(888) 866-6205",
        "externalappeal.cms.gov",
        "CMS CCIIO, HHS-Administered Federal External Review Process; 45 CFR 147.136(d)")
    {
        Role = "the HHS-administered federal external review process",
    };

    private static readonly Dictionary<string, Addressee> States = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IL"] = new(
            "Illinois Department of Insurance",
            "External Review",
            "320 W. Washington Street, 4th Floor, Springfield, IL 62767",
            "",
            "(866) 445-5364",
            "idoi.illinois.gov/consumers/healthinsurance/externalreview.html",
            "Illinois Department of Insurance, \"How and When to file an External Review\"; Health Carrier External Review Act, 215 ILCS 180")
        {
            Role = "the Illinois Department of Insurance",
        },
    };

    /// <summary>The state's filing body, or null when this table has none for the state.</summary>
    public static Addressee? ForState(string? state) => state is not null && States.TryGetValue(state.Trim(), out var body) ? body : null;
}

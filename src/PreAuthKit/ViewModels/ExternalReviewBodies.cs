namespace PreAuthKit.ViewModels;

/// <summary>
/// Who receives a request for external review. A state-regulated plan's request goes to the state
/// (its insurance department, which assigns an independent review organization); a state without a
/// listed body, and plans that use the federal process, go to the HHS-administered federal external
/// review process (45 CFR 147.136(d); 29 CFR 2590.715-2719(d)); a self-funded ERISA plan's request
/// is filed with the plan, which assigns an accredited IRO (29 CFR 2590.715-2719(d)(2)). Each entry
/// names its source: the state bodies are rows of <c>Appeals/Data/state-external-review.tsv</c> (one file with the
/// state windows); documented in <c>docs/templates.md</c>.
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

    /// <summary>The state's filing body, or null when this table has none for the state.</summary>
    public static Addressee? ForState(string? state) => Appeals.StateExternalReview.For(state) is { FilingBody: { } body } rule
        ? new Addressee(body, "External Review", rule.FilingAddress ?? "", "", rule.FilingPhone ?? "", rule.FilingOnline ?? "", rule.FilingBodySource ?? rule.WindowSource)
        {
            Role = body.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? body : $"the {body}",
        }
        : null;
}

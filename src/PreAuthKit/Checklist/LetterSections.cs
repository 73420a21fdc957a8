namespace PreAuthKit.Checklist;

/// <summary>
/// Headings of the letter sections the checklist points to. The view model hands them to the
/// templates, so a heading and the checklist entry that cites it cannot drift apart.
/// </summary>
internal static class LetterSections
{
    public const string History = "Clinical history";
    public const string PriorTreatments = "Prior treatments and outcomes";
    public const string Assessment = "Physician's assessment";
    public const string FunctionalImpairment = "Functional impairment";
    public const string Photographs = "Photographic evidence";
    public const string TreatmentPlan = "Treatment plan";
    public const string Denial = "The denial";
    public const string Enclosures = "Enclosures";
}

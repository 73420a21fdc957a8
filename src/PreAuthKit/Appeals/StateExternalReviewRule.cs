namespace PreAuthKit.Appeals;

/// <summary>One row of <c>Appeals/Data/state-external-review.tsv</c>: a state's external review window and where requests are filed.</summary>
/// <param name="State">Two-letter state code, upper case.</param>
/// <param name="Months">The external review window, in months from the final internal adverse determination; null when the state follows the federal window and is listed only for its filing body.</param>
/// <param name="WindowSource">The statute or regulation that sets the window.</param>
/// <param name="FilingBody">Where a request for external review of a state-regulated plan is filed; null when not filled in.</param>
/// <param name="FilingBodySource">Where <paramref name="FilingBody"/> comes from; null when not filled in.</param>
/// <param name="FilingAddress">The filing body's postal address; null when not listed.</param>
/// <param name="FilingPhone">The filing body's phone; null when not listed.</param>
/// <param name="FilingOnline">Where requests can be filed online; null when not listed.</param>
internal sealed record StateExternalReviewRule(string State, int? Months, string WindowSource, string? FilingBody, string? FilingBodySource,
    string? FilingAddress = null, string? FilingPhone = null, string? FilingOnline = null);

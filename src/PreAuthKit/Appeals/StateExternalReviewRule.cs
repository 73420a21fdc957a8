namespace PreAuthKit.Appeals;

/// <summary>One row of <c>Appeals/Data/state-external-review.tsv</c>: a state's external review window and where requests are filed.</summary>
/// <param name="State">Two-letter state code, upper case.</param>
/// <param name="Months">The external review window, in months from the final internal adverse determination.</param>
/// <param name="WindowSource">The statute or regulation that sets the window.</param>
/// <param name="FilingBody">Where a request for external review of a state-regulated plan is filed; null when not filled in.</param>
/// <param name="FilingBodySource">Where <paramref name="FilingBody"/> comes from; null when not filled in.</param>
internal sealed record StateExternalReviewRule(string State, int Months, string WindowSource, string? FilingBody, string? FilingBodySource);

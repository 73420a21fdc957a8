namespace PreAuthKit.Codes;

/// <summary>The result of looking a diagnosis code up in one fiscal year's ICD-10-CM table.</summary>
/// <param name="Status">What the table says.</param>
/// <param name="Code">The code in dotted form (e.g. <c>L90.5</c>), or the input when it is not well formed.</param>
/// <param name="Description">The official description of a billable code; otherwise null.</param>
/// <param name="Suggestions">Billable codes to use instead (dotted form), for headers and incomplete codes; at most a dozen.</param>
/// <param name="SuggestionCount">How many billable codes there are to choose from in total.</param>
internal sealed record Icd10CmCheck(Icd10CmStatus Status, string Code, string? Description, IReadOnlyList<string> Suggestions, int SuggestionCount);

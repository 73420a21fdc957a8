namespace PreAuthKit.Validation;

/// <summary>
/// The documented caps on a case (<c>docs/case-file.md</c>, "Limits"). A case within every cap
/// renders completely: every value reaches the PDF. A case over a cap is refused with a
/// <c>PAK-CAP-…</c> finding that names the field and the cap, before anything is rendered. The
/// template engine's loop and output limits are derived from these caps
/// (<see cref="Templating.TemplateRenderer"/>), never the other way round.
/// </summary>
internal static class CaseLimits
{
    /// <summary>Largest case file read, in bytes (8 MiB); a bigger file is refused before it is read.</summary>
    public const long MaxCaseFileBytes = 8L * 1024 * 1024;

    /// <summary>Identifiers and codes: case reference (printed in every page footer), authorization, member, group and claim numbers, payer id, NPIs, diagnosis, procedure and denial codes.</summary>
    public const int Identifier = 64;

    /// <summary>Names, specialties, phone numbers, address lines: one line each.</summary>
    public const int ShortText = 200;

    /// <summary>One entry of a list, a description, an outcome, a caption.</summary>
    public const int EntryText = 1_000;

    /// <summary>Narrative fields: condition, cause, medical necessity, expected benefit, rationale, urgency and denial reasons.</summary>
    public const int NarrativeText = 20_000;

    /// <summary>Diagnoses per case (the existing <c>PAK-DX-008</c> rule; a request form carries 12).</summary>
    public const int Diagnoses = PreAuthCaseValidator.MaxDiagnoses;

    /// <summary>Procedures (service lines) per case.</summary>
    public const int Procedures = 50;

    /// <summary>Modifiers per procedure (a claim line carries four).</summary>
    public const int Modifiers = 4;

    /// <summary>Prior treatments.</summary>
    public const int PriorTreatments = 100;

    /// <summary>Entries of each short list: functional impairments, symptoms, expected outcomes, alternatives, appeal arguments, new evidence.</summary>
    public const int ListEntries = 50;

    /// <summary>Photographs per case.</summary>
    public const int Photos = 50;

    /// <summary>Attachments per case.</summary>
    public const int Attachments = 50;

    /// <summary>Earlier appeal dates.</summary>
    public const int EarlierAppealDates = 10;

    /// <summary>
    /// The most list entries a case within the caps holds in all its lists together (six short lists,
    /// the appeal's two, diagnoses, procedures with their modifiers, prior treatments, photos, attachments, earlier appeal dates).
    /// </summary>
    public const int TotalListEntries = (8 * ListEntries) + Diagnoses + Procedures + (Procedures * Modifiers)
        + PriorTreatments + Photos + Attachments + EarlierAppealDates;

    /// <summary>
    /// The most characters of case text a case within the caps holds (an upper bound: every field at its cap).
    /// </summary>
    public const int TotalTextCharacters =
        (7 * NarrativeText)                                   // condition, cause, necessity, benefit, rationale, urgency, denial reason
        + (8 * ListEntries * EntryText)                       // the eight lists of text entries
        + (Procedures * ((3 * EntryText) + (Modifiers * ShortText) + ShortText))
        + (Diagnoses * (EntryText + ShortText))
        + (PriorTreatments * 2 * EntryText)
        + (Photos * ((4 * EntryText) + ShortText))
        + (Attachments * 2 * EntryText)
        + (60 * ShortText);                                  // patient, payer, providers, clinic, addresses, numbers
}

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

    /// <summary>A longer entry: an unlisted code's time/effort/equipment narrative, a physician's attestation of a policy criterion.</summary>
    public const int LongEntryText = 4_000;

    /// <summary>Narrative fields: condition, cause, medical necessity, expected benefit, rationale, urgency (request and appeal), denial reason, good cause for late filing.</summary>
    public const int NarrativeText = 20_000;

    /// <summary>Diagnoses per case (the existing <c>PAK-DX-008</c> rule; a request form carries 12).</summary>
    public const int Diagnoses = PreAuthCaseValidator.MaxDiagnoses;

    /// <summary>Procedures (service lines) per case.</summary>
    public const int Procedures = 50;

    /// <summary>Modifiers per procedure (a claim line carries four).</summary>
    public const int Modifiers = 4;

    /// <summary>Prior treatments.</summary>
    public const int PriorTreatments = 100;

    /// <summary>Entries of each short list: functional impairments, symptoms, expected outcomes, alternatives, appeal arguments, new evidence, policy attestations and cited criteria.</summary>
    public const int ListEntries = 50;

    /// <summary>Objective measurements: they fit the baseline-and-target table on one page.</summary>
    public const int Measurements = 20;

    /// <summary>Photographs per case.</summary>
    public const int Photos = 50;

    /// <summary>Attachments per case.</summary>
    public const int Attachments = 50;

    /// <summary>Earlier appeal dates.</summary>
    public const int EarlierAppealDates = 10;

    /// <summary>
    /// The most list entries a case within the caps holds in all its lists together (ten short lists:
    /// six of the case, the appeal's two, the policy's two; diagnoses, procedures with their modifiers,
    /// prior treatments, measurements, photos, attachments, earlier appeal dates).
    /// <c>CapsCoverageTests</c> checks the bound against every list of the model.
    /// </summary>
    public const int TotalListEntries = (10 * ListEntries) + Diagnoses + Procedures + (Procedures * Modifiers)
        + PriorTreatments + Measurements + Photos + Attachments + EarlierAppealDates;

    /// <summary>
    /// The most characters of case text a case within the caps holds (an upper bound: every field at
    /// its cap). <c>CapsCoverageTests</c> checks the bound against every string of the model.
    /// </summary>
    public const int TotalTextCharacters =
        (9 * NarrativeText)                                   // condition, cause, necessity, benefit, rationale, two urgencies, denial reason, good cause
        + (8 * ListEntries * EntryText)                       // the eight lists of text entries
        + (Procedures * ((3 * EntryText) + (Modifiers * ShortText) + ShortText + LongEntryText))
        + (Diagnoses * (EntryText + ShortText))
        + (PriorTreatments * 2 * EntryText)
        + (Measurements * 4 * ShortText)
        + (Photos * ((4 * EntryText) + ShortText))
        + (Attachments * 2 * EntryText)
        + (ListEntries * (LongEntryText + (2 * ShortText)))   // policy attestations and cited criteria
        + (3 * (EntryText + (2 * ShortText)))                 // each provider's availability, direct line, email
        + (2 * EntryText)                                     // the representative's designation, the policy id
        + (70 * ShortText);                                   // patient, payer, providers, clinic, addresses, numbers
}

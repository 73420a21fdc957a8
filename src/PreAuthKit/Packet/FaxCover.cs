namespace PreAuthKit.Packet;

/// <summary>
/// What the fax cover sheet prints. Deliberately no clinical detail (diagnoses, procedures,
/// history): a cover sheet is read by whoever stands at the fax machine.
/// </summary>
internal sealed record FaxCover(
    string To,
    string? ToFax,
    string? ToPhone,
    string From,
    string? FromFax,
    string? FromPhone,
    DateOnly Date,
    string Subject,
    string Reference);

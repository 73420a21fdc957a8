namespace PreAuthKit.Layout;

/// <summary>
/// What every page carries besides the content: the first page's letterhead, the running
/// header on later pages (patient identification, which payers require on every page) and the
/// footer's document reference. Built by the view-model stage; the layout only places it.
/// </summary>
internal sealed record PageFurniture(
    IReadOnlyList<string> Letterhead,
    string RunningHeader,
    string DocumentReference)
{
    /// <summary>A stamp printed at the top of every page (e.g. "DRAFT — NOT FOR SUBMISSION"); empty for none.</summary>
    public string Stamp { get; init; } = "";

    public static PageFurniture None { get; } = new([], "", "");
}

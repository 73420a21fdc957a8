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
    public static PageFurniture None { get; } = new([], "", "");
}

namespace PreAuthKit;

/// <summary>One enclosure as the packet's index lists it.</summary>
/// <param name="Number">The enclosure's number (1-based, the order of the case's <c>attachments</c>).</param>
/// <param name="Title">The attachment's title.</param>
/// <param name="Date">The attachment's date, when the case gives one.</param>
/// <param name="FirstPage">First page of the enclosure in the whole packet (1-based, cover included).</param>
/// <param name="LastPage">Last page of the enclosure in the whole packet.</param>
public sealed record PacketIndexEntry(int Number, string Title, DateOnly? Date, int FirstPage, int LastPage)
{
    /// <summary>Number of pages of the enclosure.</summary>
    public int PageCount => LastPage - FirstPage + 1;
}

namespace PreAuthKit.Model;

/// <summary>A document enclosed with the request or appeal.</summary>
public sealed record Attachment
{
    /// <summary>Title as listed under enclosures.</summary>
    public string Title { get; init; } = "";

    /// <summary>Date of the document (a note's date of service, a report's date), printed in the packet's enclosure index.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Optional path of the file, relative to the case file's folder.</summary>
    public string? Path { get; init; }
}

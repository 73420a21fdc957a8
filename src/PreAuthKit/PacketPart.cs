namespace PreAuthKit;

/// <summary>
/// One file of a submission packet. An unsplit packet has one part; a split packet's parts each
/// say on every page which part they are ("part 2 of 3") and where the page sits in the whole.
/// </summary>
public sealed class PacketPart
{
    internal PacketPart(int number, int count, int firstPage, int lastPage, byte[] pdf)
    {
        Number = number;
        Count = count;
        FirstPage = firstPage;
        LastPage = lastPage;
        Pdf = pdf;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
    }

    /// <summary>This part's number (1-based).</summary>
    public int Number { get; }

    /// <summary>How many parts the packet has.</summary>
    public int Count { get; }

    /// <summary>First page of this part, numbered in the whole packet.</summary>
    public int FirstPage { get; }

    /// <summary>Last page of this part, numbered in the whole packet.</summary>
    public int LastPage { get; }

    /// <summary>Number of pages in this part.</summary>
    public int PageCount => LastPage - FirstPage + 1;

    /// <summary>The PDF bytes. The same case and attachments always give the same bytes.</summary>
    public ReadOnlyMemory<byte> Pdf { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Pdf"/>.</summary>
    public string Sha256 { get; }
}

namespace PreAuthKit;

/// <summary>
/// A submission packet: one PDF (or several parts) a clinic can fax or upload, holding the
/// optional fax cover sheet, the letter, the enclosure index and every attachment, each page
/// stamped with the patient's name, member ID, the reference and "Page n of N"; or, when the case
/// or an attachment cannot be used, no parts and the report that says why (a refusal is data).
/// </summary>
public sealed class SubmissionPacket
{
    internal SubmissionPacket(IReadOnlyList<PacketPart> parts, IReadOnlyList<PacketIndexEntry> index, int pageCount, int letterPageCount, ValidationReport report)
    {
        Parts = parts;
        Index = index;
        PageCount = pageCount;
        LetterPageCount = letterPageCount;
        Report = report;
    }

    /// <summary>True when the packet was assembled; false when <see cref="Report"/> holds blocking findings.</summary>
    public bool IsAssembled => Parts.Count > 0;

    /// <summary>The packet's files in order; one unless the packet was split; none when refused.</summary>
    public IReadOnlyList<PacketPart> Parts { get; }

    /// <summary>The enclosure index: each enclosure's title, date and page range in the whole packet.</summary>
    public IReadOnlyList<PacketIndexEntry> Index { get; }

    /// <summary>Pages in the whole packet (all parts, cover sheet included).</summary>
    public int PageCount { get; }

    /// <summary>Pages of the letter within the packet.</summary>
    public int LetterPageCount { get; }

    /// <summary>The report: the warnings the packet was assembled with, or the blocking findings that refused it.</summary>
    public ValidationReport Report { get; }
}

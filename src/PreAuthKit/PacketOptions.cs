namespace PreAuthKit;

/// <summary>How a submission packet is assembled. Defaults: no cover sheet, one part, colour images.</summary>
public sealed class PacketOptions
{
    /// <summary>The letter the packet carries; null (the default) for the case's own (<see cref="DocumentKind.For"/>: the appeal when the case has an appeal section).</summary>
    public DocumentKind? Letter { get; set; }

    /// <summary>Whether the packet starts with a fax cover sheet (to/from, fax numbers, page count, reference, confidentiality notice). Default false.</summary>
    public bool CoverSheet { get; set; }

    /// <summary>Most pages per part; 0 (the default) means no page limit. Fax services often take 50 pages per transmission.</summary>
    public int MaxPagesPerPart { get; set; }

    /// <summary>Most bytes per part; 0 (the default) means no size limit. Portals cap files (for example 60 MB per file).</summary>
    public long MaxBytesPerPart { get; set; }

    /// <summary>Whether image enclosures (scans, photos) are stored in greyscale, as a fax will print them. Default false.</summary>
    public bool Greyscale { get; set; }

    internal PacketOptions Copy() => new() { Letter = Letter, CoverSheet = CoverSheet, MaxPagesPerPart = MaxPagesPerPart, MaxBytesPerPart = MaxBytesPerPart, Greyscale = Greyscale };
}

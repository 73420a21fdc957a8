using System.Globalization;
using System.Text;
using PreAuthKit.Layout;

namespace PreAuthKit.Packet;

/// <summary>
/// Composes a submission packet: [cover sheet], the letter, the enclosure index, then every
/// enclosure in the case's order, numbered as one document ("Page n of N" on every page, the
/// index giving each enclosure's page range in that numbering), with bookmarks; then splits it
/// into parts by pages and/or bytes. The packet is either complete or refused: a part that
/// cannot be made is a finding, never a partial packet.
/// </summary>
internal sealed class PacketComposer(PacketGeometry geometry)
{
    /// <summary>Most pages one packet may have (every page is drawn and numbered; a fax of 2000 pages is not sent).</summary>
    public const int MaxPackagePages = 2000;

    public PacketComposition Compose(PacketInput input, PacketOptions options, CancellationToken cancellationToken = default)
    {
        using var measurer = new TextMeasurer();
        var letter = PdfAttachmentReader.Read(input.LetterPdf, -1, AttachmentLimits.Default with { MaxPages = MaxPackagePages }, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input.LetterPdf)));
        if (letter.Pages is null)
        {
            throw new InvalidOperationException("The rendered letter could not be re-read for the packet.");
        }

        // Page numbers: the index page count follows from the titles alone (fixed-width range column).
        var provisional = input.Enclosures.Select((e, i) => new PacketIndexEntry(i + 1, e.Title, e.Date, 0, 0)).ToList();
        var indexPageCount = IndexLayout.Paginate(provisional, geometry, measurer).Count;
        var number = 1;
        var pages = new List<PacketPage>();
        var outline = new List<(string Title, int Page, int Level)>();
        if (input.Cover is not null)
        {
            outline.Add(("Fax cover sheet", number, 1));
            pages.Add(new PacketPage(PacketPageKind.Cover, number++));
        }

        var letterFirst = number;
        outline.Add((input.LetterTitle, number, 1));
        foreach (var page in letter.Pages)
        {
            pages.Add(new PacketPage(PacketPageKind.Letter, number++, page));
        }

        var letterLast = number - 1;
        var indexFirst = number;
        outline.Add(("Enclosure index", number, 1));
        for (var i = 0; i < indexPageCount; i++)
        {
            pages.Add(new PacketPage(PacketPageKind.Index, number++, IndexPage: i));
        }

        var entries = new List<PacketIndexEntry>(input.Enclosures.Count);
        for (var e = 0; e < input.Enclosures.Count; e++)
        {
            var enclosure = input.Enclosures[e];
            var first = number;
            if (e == 0)
            {
                outline.Add(("Enclosures", number, 1));
            }

            outline.Add((string.Create(CultureInfo.InvariantCulture, $"{e + 1}. {enclosure.Title}"), number, 2));
            foreach (var page in enclosure.Pages)
            {
                pages.Add(new PacketPage(PacketPageKind.Enclosure, number++, page, AttachmentIndex: enclosure.Index));
            }

            entries.Add(new PacketIndexEntry(e + 1, enclosure.Title, enclosure.Date, first, number - 1));
        }

        var total = number - 1;
        if (total > MaxPackagePages)
        {
            return Refused(AttachmentFindings.PacketTooManyPages(total, MaxPackagePages));
        }

        var indexPages = IndexLayout.Paginate(entries, geometry, measurer);
        var summary = Summary(input.Cover is not null, letterFirst, letterLast, indexFirst, indexFirst + indexPageCount - 1, entries, total);
        var contentKey = ContentKey(input, options);

        PacketPartRequest RequestFor(List<PacketPage> partPages, int part, int parts) => new(
            partPages, total, part, parts, input.Stamp, input.Cover, indexPages, summary, outline, input.Metadata,
            PacketWriter.Seed(string.Create(CultureInfo.InvariantCulture, $"{contentKey}|part {part} of {parts}")));

        // Split by pages first, then make each chunk fit the byte limit by measuring it.
        var chunks = Chunk(pages, options.MaxPagesPerPart > 0 ? options.MaxPagesPerPart : int.MaxValue);
        if (options.MaxBytesPerPart > 0)
        {
            var fitted = new List<List<PacketPage>>();
            foreach (var chunk in chunks)
            {
                var remaining = chunk;
                while (remaining.Count > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var take = remaining.Count;
                    while (true)
                    {
                        // "part 99 of 99" is the widest stamp; a part's size barely depends on its number.
                        var size = PacketWriter.Write(RequestFor(remaining.GetRange(0, take), 99, 99), geometry, measurer).LongLength;
                        if (size <= options.MaxBytesPerPart * 98 / 100)
                        {
                            break;
                        }

                        if (take == 1)
                        {
                            return Refused(AttachmentFindings.PageExceedsPartBytes(remaining[0].Number, options.MaxBytesPerPart));
                        }

                        take = Math.Max(1, Math.Min(take - 1, (int)(take * (double)options.MaxBytesPerPart / size * 0.95)));
                    }

                    fitted.Add(remaining.GetRange(0, take));
                    remaining = remaining.GetRange(take, remaining.Count - take);
                }
            }

            chunks = fitted;
        }

        var parts = new List<PacketPart>(chunks.Count);
        for (var k = 0; k < chunks.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = PacketWriter.Write(RequestFor(chunks[k], k + 1, chunks.Count), geometry, measurer);
            if (options.MaxBytesPerPart > 0 && bytes.LongLength > options.MaxBytesPerPart)
            {
                return Refused(AttachmentFindings.PageExceedsPartBytes(chunks[k][0].Number, options.MaxBytesPerPart));
            }

            parts.Add(new PacketPart(k + 1, chunks.Count, chunks[k][0].Number, chunks[k][^1].Number, bytes));
        }

        return new PacketComposition(parts, entries, total, []);
    }

    private static List<List<PacketPage>> Chunk(List<PacketPage> pages, int size)
    {
        var chunks = new List<List<PacketPage>>();
        for (var at = 0; at < pages.Count; at += size)
        {
            chunks.Add(pages.GetRange(at, Math.Min(size, pages.Count - at)));
        }

        return chunks;
    }

    private static string Summary(bool cover, int letterFirst, int letterLast, int indexFirst, int indexLast, List<PacketIndexEntry> entries, int total)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"This packet has {total} pages: ");
        if (cover)
        {
            text.Append("the fax cover sheet on page 1, ");
        }

        text.Append(CultureInfo.InvariantCulture, $"the letter on {PagesText(letterFirst, letterLast)}, this index on {PagesText(indexFirst, indexLast)}");
        text.Append(entries.Count == 0
            ? ", and no enclosures."
            : string.Create(CultureInfo.InvariantCulture, $", and {entries.Count} {(entries.Count == 1 ? "enclosure" : "enclosures")} on {PagesText(entries[0].FirstPage, entries[^1].LastPage)}, listed below."));
        return text.ToString();
    }

    private static string PagesText(int first, int last) => first == last
        ? string.Create(CultureInfo.InvariantCulture, $"page {first}")
        : string.Create(CultureInfo.InvariantCulture, $"pages {first}\u2013{last}");

    /// <summary>What the packet is made of, as text: the seed for its deterministic tokens.</summary>
    private static string ContentKey(PacketInput input, PacketOptions options)
    {
        var key = new StringBuilder();
        key.Append(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input.LetterPdf)));
        foreach (var enclosure in input.Enclosures)
        {
            key.Append('|').Append(enclosure.Title).Append('|').Append(enclosure.Date?.ToString("O", CultureInfo.InvariantCulture));
            foreach (var page in enclosure.Pages)
            {
                key.Append('|').Append(page switch
                {
                    PdfAttachmentPage pdf => string.Create(CultureInfo.InvariantCulture, $"{pdf.Source.Key}#{pdf.PageNumber}"),
                    ImageAttachmentPage image => image.Image.Key,
                    _ => "",
                });
            }
        }

        key.Append(CultureInfo.InvariantCulture, $"|{input.Stamp}|{input.Cover}|{options.CoverSheet}|{options.Greyscale}|{options.MaxPagesPerPart}|{options.MaxBytesPerPart}");
        return key.ToString();
    }

    private static PacketComposition Refused(ValidationFinding finding) => new([], [], 0, [finding]);
}

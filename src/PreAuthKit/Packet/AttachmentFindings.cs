using System.Globalization;
using PreAuthKit.Validation;

namespace PreAuthKit.Packet;

/// <summary>
/// The coded findings of the attachment intake (<c>PAK-ATT-1NN</c>) and of the packet
/// (<c>PAK-PKT-0NN</c>). Each names the attachment by its number (1-based, as the index prints it)
/// and its file name, never by patient data, and says what to do. docs/packet.md lists them.
/// </summary>
internal static class AttachmentFindings
{
    public const string Section = "Attachments";

    public static ValidationFinding NoPath(int index)
        => Error("PAK-ATT-101", index, "path", $"Attachment {Number(index)} has no file path: a submission packet encloses every attachment, so enter the file's path relative to the case file (or remove the attachment).");

    public static ValidationFinding OutsideCaseFolder(int index, string path)
        => Error("PAK-ATT-102", index, "path", $"{Name(index, path)}: the path must be relative to the case file's folder and stay inside it; copy the file into that folder.");

    public static ValidationFinding NotFound(int index, string path)
        => Error("PAK-ATT-103", index, "path", $"{Name(index, path)} was not found: check the file name and that it sits beside the case file.");

    public static ValidationFinding Unreadable(int index, string path, string reason)
        => Error("PAK-ATT-104", index, "path", $"{Name(index, path)} could not be read ({reason}).");

    public static ValidationFinding TooLarge(int index, string path, long maxBytes)
        => Error("PAK-ATT-105", index, "path", string.Create(CultureInfo.InvariantCulture, $"{Name(index, path)} is larger than {maxBytes / (1024 * 1024)} MB: scan it at a lower resolution or split it."));

    public static ValidationFinding Empty(int index, string path)
        => Error("PAK-ATT-106", index, "path", $"{Name(index, path)} is an empty (zero-byte) file: export or scan it again.");

    public static ValidationFinding Unsupported(int index, string path, string? formatName)
        => Error("PAK-ATT-107", index, "path", formatName is null
            ? $"{Name(index, path)} is neither a PDF nor a JPEG, PNG or TIFF image (whatever its name says): print it to PDF."
            : $"{Name(index, path)} is a {formatName} file, which cannot be enclosed: print it to PDF.");

    public static ValidationFinding Encrypted(int index, string path)
        => Error("PAK-ATT-108", index, "path", $"{Name(index, path)} is an encrypted (password-protected) PDF, which cannot be merged: open it and print it to a new PDF without a password.");

    public static ValidationFinding DamagedPdf(int index, string path, string reason)
        => Error("PAK-ATT-109", index, "path", $"{Name(index, path)} is a damaged PDF that cannot be read ({reason}): export or scan the document again.");

    public static ValidationFinding CorruptImage(int index, string path)
        => Error("PAK-ATT-110", index, "path", $"{Name(index, path)} is a truncated or corrupt image that cannot be decoded: scan or export it again.");

    public static ValidationFinding TooManyPages(int index, string path, int pages, int maxPages)
        => Error("PAK-ATT-111", index, "path", string.Create(CultureInfo.InvariantCulture, $"{Name(index, path)} has {pages} pages, more than the {maxPages}-page limit for one attachment: enclose only the relevant pages."));

    public static ValidationFinding PageTooLarge(int index, string path, int page, string size)
        => Error("PAK-ATT-112", index, "path", string.Create(CultureInfo.InvariantCulture, $"{Name(index, path)}: page {page} is {size}, beyond what a packet page can show legibly: print it to Letter or A4 size."));

    public static ValidationFinding InteractiveContent(int index, string path, int page, string kind)
        => Error("PAK-ATT-113", index, "path", string.Create(CultureInfo.InvariantCulture, $"{Name(index, path)}: page {page} has {kind}, whose content would be lost in the packet: print the document to a new (flattened) PDF."));

    public static ValidationFinding NoPages(int index, string path)
        => Error("PAK-ATT-114", index, "path", $"{Name(index, path)} contains no pages: export the document again.");

    public static ValidationFinding TooManyPixels(int index, string path, int page, long width, long height, long maxPixels)
        => Error("PAK-ATT-115", index, "path", string.Create(CultureInfo.InvariantCulture,
            $"{Name(index, path)}: image page {page} is {width} x {height} pixels, more than the {maxPixels / 1_000_000} megapixel limit: scan it at 300 dpi or less."));

    public static ValidationFinding PacketTooManyPages(int pages, int maxPages)
        => new("PAK-PKT-001", FindingSeverity.Error, "attachments", string.Create(CultureInfo.InvariantCulture,
            $"The submission packet would have {pages} pages, more than the {maxPages}-page limit: enclose fewer or shorter attachments."), Section);

    public static ValidationFinding PageExceedsPartBytes(int page, long maxBytes)
        => new("PAK-PKT-002", FindingSeverity.Error, "$", string.Create(CultureInfo.InvariantCulture,
            $"Packet page {page} alone is larger than the {maxBytes / 1024} KB allowed per part: raise the part size or enclose a smaller scan."), Section);

    public static ValidationFinding NoCoverFax(string field)
        => new("PAK-PKT-003", FindingSeverity.Error, field,
            $"A fax cover sheet needs the fax number at '{field}': enter it or leave the cover sheet out.", Section);

    private static ValidationFinding Error(string code, int index, string field, string message)
        => new(code, FindingSeverity.Error, PathOf(index, field), message, Section);

    internal static string PathOf(int index, string field) => string.Create(CultureInfo.InvariantCulture, $"attachments[{index}].{field}");

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Name(int index, string path)
    {
        var fileName = Path.GetFileName(path.Replace('\\', '/'));
        return string.IsNullOrEmpty(fileName) ? $"Attachment {Number(index)}" : $"Attachment {Number(index)} ({fileName})";
    }
}

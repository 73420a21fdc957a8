using System.Globalization;
using PreAuthKit.Photos;
using A = PreAuthKit.Validation.Findings.FindingCatalog.Attachment;
using P = PreAuthKit.Validation.Findings.FindingCatalog.Packet;

namespace PreAuthKit.Packet;

/// <summary>
/// The attachment intake's and the packet's findings, from the catalog
/// (<c>FindingCatalog.Attachment</c>, <c>FindingCatalog.Packet</c>), at
/// <c>attachments[i].path</c>, naming the attachment by its number (1-based, as the index prints
/// it), never by file name or patient data.
/// </summary>
internal static class AttachmentFindings
{
    public static ValidationFinding NoPath(int index) => A.PathMissing.At(PathOf(index), Number(index));

    /// <summary>The attachment counterpart of a path problem the shared resolver reported with a photo code.</summary>
    public static ValidationFinding FromReference(int index, ContentReference reference)
    {
        var definition = reference.Problem switch
        {
            { } p when p == Validation.Findings.FindingCatalog.Photo.OutsideFolder => A.OutsideFolder,
            { } p when p == Validation.Findings.FindingCatalog.Photo.Absolute => A.Absolute,
            { } p when p == Validation.Findings.FindingCatalog.Photo.NotFound => A.NotFound,
            { } p when p == Validation.Findings.FindingCatalog.Photo.BadPath => A.BadPath,
            { } p when p == Validation.Findings.FindingCatalog.Photo.PathMissing => A.PathMissing,
            _ => A.Unreadable,
        };
        return definition == A.Unreadable
            ? A.Unreadable.At(PathOf(index), Number(index), reference.Reason ?? "input/output error")
            : definition.At(PathOf(index), Number(index));
    }

    public static ValidationFinding Unreadable(int index, string reason) => A.Unreadable.At(PathOf(index), Number(index), reason);

    public static ValidationFinding TooLarge(int index, long maxBytes) => A.TooLarge.At(PathOf(index), Number(index), maxBytes / (1024 * 1024));

    public static ValidationFinding Empty(int index) => A.Empty.At(PathOf(index), Number(index));

    public static ValidationFinding Unsupported(int index, string? formatName)
        => formatName is null ? A.NotEnclosable.At(PathOf(index), Number(index)) : A.Unsupported.At(PathOf(index), Number(index), formatName);

    public static ValidationFinding Encrypted(int index) => A.Encrypted.At(PathOf(index), Number(index));

    public static ValidationFinding DamagedPdf(int index, string reason) => A.DamagedPdf.At(PathOf(index), Number(index), reason);

    public static ValidationFinding CorruptImage(int index) => A.CorruptImage.At(PathOf(index), Number(index));

    public static ValidationFinding TooManyPages(int index, int pages, int maxPages) => A.TooManyPages.At(PathOf(index), Number(index), pages, maxPages);

    public static ValidationFinding PageTooLarge(int index, int page, string size) => A.PageTooLarge.At(PathOf(index), Number(index), page, size);

    public static ValidationFinding InteractiveContent(int index, int page, string kind) => A.Interactive.At(PathOf(index), Number(index), page, kind);

    public static ValidationFinding NoPages(int index) => A.NoPages.At(PathOf(index), Number(index));

    public static ValidationFinding TooManyPixels(int index, int page, long width, long height, long maxPixels)
        => A.TooManyPixels.At(PathOf(index), Number(index), page, width, height, maxPixels / 1_000_000);

    public static ValidationFinding PacketTooManyPages(int pages, int maxPages) => P.TooManyPages.At("attachments", pages, maxPages);

    public static ValidationFinding PageExceedsPartBytes(int page, long maxBytes) => P.PageExceedsPartBytes.At("$", page, maxBytes / 1024);

    public static ValidationFinding NoCoverFax() => P.NoCoverFax.At("payer.fax");

    internal static string PathOf(int index) => string.Create(CultureInfo.InvariantCulture, $"attachments[{index}].path");

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}

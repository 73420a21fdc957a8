using System.Globalization;
using PreAuthKit.Validation.Findings;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Photo;

namespace PreAuthKit.Photos;

/// <summary>
/// The photo stage's findings, from the catalog (<see cref="FindingCatalog.Photo"/>). Each names the
/// photo by its number only: file names are often patient names.
/// </summary>
internal static class PhotoFindings
{
    public static ValidationFinding NoPath(int index) => Error(F.PathMissing, index);

    public static ValidationFinding OutsideCaseFolder(int index) => Error(F.OutsideFolder, index);

    public static ValidationFinding Absolute(int index) => Error(F.Absolute, index);

    public static ValidationFinding BadPath(int index) => Error(F.BadPath, index);

    public static ValidationFinding NotFound(int index) => Error(F.NotFound, index);

    public static ValidationFinding Unreadable(int index, string reason) => Error(F.Unreadable, index, reason);

    public static ValidationFinding TooLarge(int index, long bytes, long maxBytes)
        => Error(F.TooLarge, index, bytes / (1024.0 * 1024.0), maxBytes / (1024.0 * 1024.0));

    public static ValidationFinding Empty(int index) => Error(F.Empty, index);

    public static ValidationFinding Unsupported(int index, string formatName) => Error(F.Unsupported, index, formatName);

    public static ValidationFinding NotAnImage(int index) => Error(F.NotAnImage, index);

    public static ValidationFinding TooManyPixels(int index, long width, long height, long maxPixels)
        => Error(F.TooManyPixels, index, width, height, maxPixels / 1_000_000.0);

    public static ValidationFinding Corrupt(int index) => Error(F.Damaged, index);

    public static ValidationFinding DateMismatch(int index, int days) => F.DateMismatch.At(PathOf(index, "takenOn"), Number(index), days);

    public static ValidationFinding NoCaptureDate(int index) => F.NoCaptureDate.At(PathOf(index, "takenOn"), Number(index));

    public static ValidationFinding GpsRemoved(int index) => F.GpsRemoved.At(PathOf(index, "path"), Number(index));

    public static ValidationFinding SerialRemoved(int index) => F.SerialRemoved.At(PathOf(index, "path"), Number(index));

    private static ValidationFinding Error(FindingDefinition definition, int index, params object?[] args)
        => definition.At(PathOf(index, "path"), [Number(index), .. args]);

    private static string PathOf(int index, string field) => string.Create(CultureInfo.InvariantCulture, $"photos[{index}].{field}");

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}

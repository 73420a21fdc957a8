using System.Globalization;
using PreAuthKit.Validation;

namespace PreAuthKit.Photos;

/// <summary>
/// The coded findings of the photo stage (<c>PAK-PHO-1NN</c>). Each names the photo by its number
/// and file name, never by patient data, and says what to do.
/// </summary>
internal static class PhotoFindings
{
    public const string Section = "Photographs";

    public static ValidationFinding NoPath(int index)
        => Error("PAK-PHO-101", index, "path", $"Photo {Number(index)} has no file path: enter the image file's path relative to the case file.");

    public static ValidationFinding OutsideCaseFolder(int index, string path)
        => Error("PAK-PHO-102", index, "path", $"{Name(index, path)}: the path must be relative to the case file's folder and stay inside it; copy the photo into that folder.");

    public static ValidationFinding NotFound(int index, string path)
        => Error("PAK-PHO-103", index, "path", $"{Name(index, path)} was not found: check the file name and that it sits beside the case file.");

    public static ValidationFinding Unreadable(int index, string path, string reason)
        => Error("PAK-PHO-104", index, "path", $"{Name(index, path)} could not be read ({reason}).");

    public static ValidationFinding TooLarge(int index, string path, long maxBytes)
        => Error("PAK-PHO-105", index, "path", $"{Name(index, path)} is larger than {maxBytes / (1024 * 1024)} MB: export a smaller JPEG.");

    public static ValidationFinding Empty(int index, string path)
        => Error("PAK-PHO-106", index, "path", $"{Name(index, path)} is an empty (zero-byte) file: copy the photo again from the camera or phone.");

    public static ValidationFinding Unsupported(int index, string path, string formatName)
        => Error("PAK-PHO-107", index, "path", $"{Name(index, path)} is a {formatName} image, which cannot be embedded: convert to JPEG or PNG.");

    public static ValidationFinding NotAnImage(int index, string path)
        => Error("PAK-PHO-108", index, "path", $"{Name(index, path)} is not an image (its content is neither JPEG nor PNG, whatever its name says): convert to JPEG or PNG.");

    public static ValidationFinding TooManyPixels(int index, string path, long width, long height, long maxPixels)
        => Error("PAK-PHO-109", index, "path", string.Create(CultureInfo.InvariantCulture,
            $"{Name(index, path)} declares {width} x {height} pixels, more than the {maxPixels / 1_000_000} megapixel limit: export it at a smaller size."));

    public static ValidationFinding Corrupt(int index, string path)
        => Error("PAK-PHO-110", index, "path", $"{Name(index, path)} is truncated or corrupt and cannot be decoded: copy the original again or re-export it.");

    public static ValidationFinding DateMismatch(int index, string path, int days)
        => new("PAK-PHO-120", FindingSeverity.Warning, PathOf(index, "takenOn"), string.Create(CultureInfo.InvariantCulture,
            $"{Name(index, path)}: the capture date the camera recorded differs from takenOn by {days} days: check which date is right; reviewers weigh dated photographs."), Section);

    public static ValidationFinding NoCaptureDate(int index, string path)
        => new("PAK-PHO-121", FindingSeverity.Warning, PathOf(index, "takenOn"),
            $"{Name(index, path)} carries no capture date, so takenOn cannot be confirmed from the image: keep the original with its date on file.", Section);

    public static ValidationFinding GpsRemoved(int index, string path)
        => new("PAK-PHO-130", FindingSeverity.Info, PathOf(index, "path"),
            $"{Name(index, path)} carried GPS location data; it was removed from the image embedded in the PDF.", Section);

    public static ValidationFinding SerialRemoved(int index, string path)
        => new("PAK-PHO-131", FindingSeverity.Info, PathOf(index, "path"),
            $"{Name(index, path)} carried a device serial number; it was removed from the image embedded in the PDF.", Section);

    private static ValidationFinding Error(string code, int index, string field, string message)
        => new(code, FindingSeverity.Error, PathOf(index, field), message, Section);

    private static string PathOf(int index, string field) => string.Create(CultureInfo.InvariantCulture, $"photos[{index}].{field}");

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Name(int index, string path)
    {
        var fileName = Path.GetFileName(path.Replace('\\', '/'));
        return string.IsNullOrEmpty(fileName) ? $"Photo {Number(index)}" : $"Photo {Number(index)} ({fileName})";
    }
}

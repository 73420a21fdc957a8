using System.Globalization;
using PreAuthKit.Validation.Findings;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Photo;

namespace PreAuthKit.Photos;

/// <summary>
/// The findings of what decoding a photo shows (EXIF); intake problems are <see cref="PhotoProblem"/>s, from the catalog (<see cref="FindingCatalog.Photo"/>). Each names the
/// photo by its number only: file names are often patient names.
/// </summary>
internal static class PhotoFindings
{
    public static ValidationFinding DateMismatch(int index, int days) => F.DateMismatch.At(PathOf(index, "takenOn"), Number(index), days);

    public static ValidationFinding NoCaptureDate(int index) => F.NoCaptureDate.At(PathOf(index, "takenOn"), Number(index));

    public static ValidationFinding GpsRemoved(int index) => F.GpsRemoved.At(PathOf(index, "path"), Number(index));

    public static ValidationFinding SerialRemoved(int index) => F.SerialRemoved.At(PathOf(index, "path"), Number(index));

    private static string PathOf(int index, string field) => string.Create(CultureInfo.InvariantCulture, $"photos[{index}].{field}");

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}

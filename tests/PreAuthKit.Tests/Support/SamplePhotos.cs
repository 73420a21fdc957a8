namespace PreAuthKit.Tests.Support;

/// <summary>
/// The generated photos of the bundled sample cases (<c>samples/cases/photos/</c>): what each one is
/// and the EXIF it carries (the capture date matches the <c>takenOn</c> of every case listing it). <c>SamplePhotoTests.Regenerate_sample_photos</c> writes them.
/// </summary>
internal static class SamplePhotos
{
    public const int Width = 1600;
    public const int Height = 1200;

    /// <summary>File (relative to the case folder), EXIF and scar band width of each sample photo (all 1600 x 1200 upright).</summary>
    public static IReadOnlyList<(string Path, ExifSpec Exif, double Band)> All { get; } =
    [
        ("photos/forearm-volar-overview.jpg", new ExifSpec
        {
            Orientation = 6,
            DateTimeOriginal = new DateTime(2026, 11, 2, 10, 12, 41),
            Gps = (39.7990, -89.6440),
            SerialNumber = "SYN-0000-0001",
            Make = "SyntheticCam",
            Model = "Generated Phone 1",
        }, 0.06),
        ("photos/forearm-volar-closeup.jpg", new ExifSpec
        {
            Orientation = 8,
            DateTimeOriginal = new DateTime(2026, 11, 2, 10, 14, 5),
            Gps = (39.7990, -89.6440),
            SerialNumber = "SYN-0000-0001",
            Make = "SyntheticCam",
            Model = "Generated Phone 1",
        }, 0.16),
        ("photos/forearm-volar-2026-08.jpg", new ExifSpec
        {
            Orientation = 1,
            DateTimeOriginal = new DateTime(2026, 8, 24, 15, 3, 10),
            Gps = (39.7990, -89.6440),
            SerialNumber = "SYN-0000-0001",
            Make = "SyntheticCam",
            Model = "Generated Phone 1",
        }, 0.08),
        ("photos/shoulder-posterior-overview.jpg", new ExifSpec
        {
            Orientation = 3,
            DateTimeOriginal = new DateTime(2026, 11, 9, 14, 21, 37),
            Gps = (41.8781, -87.6298),
            SerialNumber = "SYN-0000-0007",
            Make = "SyntheticCam",
            Model = "Generated Phone 2",
        }, 0.11),
    ];

    public static byte[] Generate(ExifSpec exif, double band) => SyntheticPhotos.Jpeg(Width, Height, exif with { Thumbnail = SyntheticPhotos.Thumbnail() }, noise: 3, quality: 85, band: band);
}

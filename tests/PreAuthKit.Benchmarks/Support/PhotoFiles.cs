using System.Security.Cryptography;
using System.Text;

namespace PreAuthKit.Benchmarks.Support;

/// <summary>
/// The generated 12-megapixel phone photos of the four-photo benchmarks. Generating them is the
/// slowest part of any benchmark setup (about a second each), and every benchmark case runs in a
/// process of its own, so the files are written once into a temp folder named after a hash of
/// everything that decides their content (the generator's source files and the specs below) and
/// reused by every later process and run. Full size in every job, dry included: smaller photos in
/// a dry run would make its numbers lie.
/// </summary>
internal static class PhotoFiles
{
    /// <summary>Bumped when the generation parameters below change in a way the hash would not see.</summary>
    private const string Version = "1";

    /// <summary>
    /// Two portrait shots (held upright: stored landscape with EXIF orientation 6) and two landscape
    /// shots (orientation 1 and 3), all 4000 x 3000 = 12 MP, noisy so they do not compress trivially.
    /// </summary>
    public static IReadOnlyList<PhotoSpec> TwelveMegapixelSet { get; } =
    [
        new("photo-1.jpg", 3000, 4000, 6),
        new("photo-2.jpg", 4000, 3000, 1),
        new("photo-3.jpg", 3000, 4000, 6),
        new("photo-4.jpg", 4000, 3000, 3),
    ];

    private const int Noise = 12;
    private const int Quality = 92;

    /// <summary>The folder holding the four photos, generated when missing.</summary>
    public static string EnsureTwelveMegapixelSet()
    {
        var folder = Path.Combine(Path.GetTempPath(), "preauthkit-benchmark-photos", ContentHash());
        Directory.CreateDirectory(folder);
        foreach (var spec in TwelveMegapixelSet)
        {
            var path = Path.Combine(folder, spec.FileName);
            if (File.Exists(path))
            {
                continue;
            }

            // Write to a unique name first and move into place, so a concurrent process never reads a half-written photo.
            var partial = $"{path}.{Environment.ProcessId}.partial";
            File.WriteAllBytes(partial, Generate(spec));
            File.Move(partial, path, overwrite: true);
        }

        return folder;
    }

    /// <summary>One photo's JPEG bytes (with EXIF: orientation, capture date, GPS, serial, thumbnail, as a phone writes them).</summary>
    public static byte[] Generate(PhotoSpec spec)
        => SyntheticPhotos.Jpeg(spec.UprightWidth, spec.UprightHeight, new ExifSpec
        {
            Orientation = spec.Orientation,
            DateTimeOriginal = new DateTime(2026, 11, 2, 10, 0, 0),
            Gps = (39.8, -89.6),
            SerialNumber = "SYN-BENCH",
            Thumbnail = SyntheticPhotos.Thumbnail(),
        }, noise: Noise, quality: Quality);

    private static string ContentHash()
    {
        var text = new StringBuilder(Version);
        foreach (var source in new[] { "SyntheticPhotos.cs", "ExifWriter.cs", "ExifSpec.cs" })
        {
            var path = BenchmarkPaths.Source("tests", "PreAuthKit.Tests", "Support", source);
            text.Append('\n').Append(File.Exists(path) ? File.ReadAllText(path) : source);
        }

        foreach (var spec in TwelveMegapixelSet)
        {
            text.Append('\n').Append(spec);
        }

        text.Append('\n').Append(Noise).Append('/').Append(Quality);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}

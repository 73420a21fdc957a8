using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace PreAuthKit.Photos;

/// <summary>Reads the capture date and the presence of GPS data and device serials with MetadataExtractor.</summary>
internal static class ExifInspector
{
    /// <summary>Reads the facts; unreadable or malformed metadata counts as no metadata.</summary>
    public static ExifFacts Inspect(byte[] bytes)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            directories = ImageMetadataReader.ReadMetadata(stream);
        }
        catch (Exception ex) when (ex is ImageProcessingException or IOException or ArgumentException or IndexOutOfRangeException or NotSupportedException)
        {
            return ExifFacts.None;
        }

        return new ExifFacts(CaptureDate(directories), directories.OfType<GpsDirectory>().Any(d => d.Tags.Count > 0), HasSerial(directories));
    }

    private static DateTime? CaptureDate(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        foreach (var directory in directories.OfType<ExifSubIfdDirectory>())
        {
            if (directory.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var original))
            {
                return original;
            }

            if (directory.TryGetDateTime(ExifDirectoryBase.TagDateTimeDigitized, out var digitized))
            {
                return digitized;
            }
        }

        return null;
    }

    private static bool HasSerial(IReadOnlyList<MetadataExtractor.Directory> directories)
        => directories.OfType<ExifDirectoryBase>().Any(d => d.ContainsTag(ExifDirectoryBase.TagBodySerialNumber) || d.ContainsTag(ExifDirectoryBase.TagLensSerialNumber));
}

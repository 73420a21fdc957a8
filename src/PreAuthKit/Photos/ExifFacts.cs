namespace PreAuthKit.Photos;

/// <summary>What the original's metadata says, as far as the cross-checks care.</summary>
/// <param name="CapturedAt">EXIF DateTimeOriginal (or DateTimeDigitized), if present and readable.</param>
/// <param name="HasGps">True when a GPS directory with at least one tag was present.</param>
/// <param name="HasDeviceSerial">True when a body or lens serial number was present.</param>
internal sealed record ExifFacts(DateTime? CapturedAt, bool HasGps, bool HasDeviceSerial)
{
    /// <summary>No metadata found.</summary>
    public static ExifFacts None { get; } = new(null, false, false);
}

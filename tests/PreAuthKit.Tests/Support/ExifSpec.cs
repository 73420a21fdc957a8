namespace PreAuthKit.Tests.Support;

/// <summary>What <see cref="ExifWriter"/> writes into a synthetic photo. Null members are left out.</summary>
internal sealed record ExifSpec
{
    /// <summary>EXIF orientation 1-8.</summary>
    public int? Orientation { get; init; }

    public string? Make { get; init; } = "SyntheticCam";

    public string? Model { get; init; } = "Generator 1";

    /// <summary>ExifIFD BodySerialNumber.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>ExifIFD DateTimeOriginal.</summary>
    public DateTime? DateTimeOriginal { get; init; }

    /// <summary>GPS latitude and longitude in decimal degrees.</summary>
    public (double Latitude, double Longitude)? Gps { get; init; }

    /// <summary>JPEG bytes stored as the IFD1 thumbnail.</summary>
    public byte[]? Thumbnail { get; init; }
}

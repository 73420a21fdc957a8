namespace PreAuthKit.Benchmarks.Support;

/// <summary>One generated benchmark photo: its upright size and how the "phone" stored it.</summary>
/// <param name="FileName">File name inside the cache folder.</param>
/// <param name="UprightWidth">Upright width in pixels.</param>
/// <param name="UprightHeight">Upright height in pixels.</param>
/// <param name="Orientation">EXIF orientation the pixels are stored for.</param>
internal sealed record PhotoSpec(string FileName, int UprightWidth, int UprightHeight, int Orientation);

using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Photos;

/// <summary>The test generator writes the EXIF it claims to (read back with MetadataExtractor).</summary>
public class ExifWriterTests
{
    [Test]
    public void Generated_jpeg_carries_orientation_date_gps_serial_and_thumbnail()
    {
        var jpeg = SyntheticPhotos.Jpeg(400, 300, new ExifSpec
        {
            Orientation = 6,
            DateTimeOriginal = new DateTime(2026, 11, 2, 9, 30, 15),
            Gps = (39.7817, -89.6501),
            SerialNumber = "SN-0000-TEST",
            Thumbnail = SyntheticPhotos.Thumbnail(),
        });

        var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(jpeg));
        var ifd0 = directories.OfType<ExifIfd0Directory>().Single();
        var sub = directories.OfType<ExifSubIfdDirectory>().Single();
        var gps = directories.OfType<GpsDirectory>().Single();
        var location = gps.GetGeoLocation();
        Assert.Multiple(() =>
        {
            Assert.That(directories.SelectMany(d => d.Errors), Is.Empty);
            Assert.That(ifd0.GetInt32(ExifDirectoryBase.TagOrientation), Is.EqualTo(6));
            Assert.That(ifd0.GetString(ExifDirectoryBase.TagMake), Is.EqualTo("SyntheticCam"));
            Assert.That(sub.GetDateTime(ExifDirectoryBase.TagDateTimeOriginal), Is.EqualTo(new DateTime(2026, 11, 2, 9, 30, 15)));
            Assert.That(sub.GetString(ExifDirectoryBase.TagBodySerialNumber), Is.EqualTo("SN-0000-TEST"));
            Assert.That(location, Is.Not.Null);
            Assert.That(location!.Latitude, Is.EqualTo(39.7817).Within(0.0001));
            Assert.That(location.Longitude, Is.EqualTo(-89.6501).Within(0.0001));
            Assert.That(directories.OfType<ExifThumbnailDirectory>().Single().ContainsTag(ExifThumbnailDirectory.TagThumbnailOffset), Is.True);
        });
    }

    [Test]
    public void Orientation_6_is_stored_sideways()
    {
        var jpeg = SyntheticPhotos.Jpeg(400, 300, new ExifSpec { Orientation = 6 });

        using var codec = SkiaSharp.SKCodec.Create(new MemoryStream(jpeg));
        Assert.That(codec.EncodedOrigin, Is.EqualTo(SkiaSharp.SKEncodedOrigin.RightTop));
        Assert.That((codec.Info.Width, codec.Info.Height), Is.EqualTo((300, 400)));
    }
}

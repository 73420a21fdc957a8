using System.Text;
using PreAuthKit.Photos;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Photos;

public class ImageHeaderReaderTests
{
    [Test]
    public void Jpeg_size_comes_from_the_frame_header_even_after_a_large_exif_segment()
    {
        var jpeg = SyntheticPhotos.Jpeg(320, 240, new ExifSpec { Orientation = 6, Thumbnail = SyntheticPhotos.Thumbnail() });

        var header = ImageHeaderReader.Read(jpeg);

        Assert.That(header, Is.EqualTo(new ImageHeader(PhotoFormat.Jpeg, "JPEG", 240, 320)));
    }

    [Test]
    public void Png_size_comes_from_ihdr()
    {
        Assert.That(ImageHeaderReader.Read(SyntheticPhotos.Png(30, 20)), Is.EqualTo(new ImageHeader(PhotoFormat.Png, "PNG", 30, 20)));
        Assert.That(ImageHeaderReader.Read(SyntheticPhotos.PngHeaderDeclaring(100_000, 100_000)).PixelCount, Is.EqualTo(10_000_000_000L));
    }

    [TestCase("GIF89a\x01\x00\x01\x00", "GIF")]
    [TestCase("RIFF\x10\x00\x00\x00WEBPVP8 ", "WebP")]
    [TestCase("\x00\x00\x00\x18" + "ftypheic\x00\x00\x00\x00", "HEIC")]
    [TestCase("\x00\x00\x00\x1C" + "ftypavif\x00\x00\x00\x00", "AVIF")]
    [TestCase("II*\x00\x08\x00\x00\x00", "TIFF")]
    public void Known_other_formats_are_named(string magic, string name)
    {
        var header = ImageHeaderReader.Read(Encoding.Latin1.GetBytes(magic));

        Assert.That((header.Format, header.FormatName), Is.EqualTo((PhotoFormat.Unsupported, name)));
    }

    [Test]
    public void Text_and_empty_files_are_not_images()
    {
        Assert.That(ImageHeaderReader.Read("not really a photo\n"u8).Format, Is.EqualTo(PhotoFormat.Unknown));
        Assert.That(ImageHeaderReader.Read([]).Format, Is.EqualTo(PhotoFormat.Empty));
    }

    [Test]
    public void A_jpeg_cut_before_its_frame_header_has_no_size()
    {
        var jpeg = SyntheticPhotos.Jpeg(320, 240, new ExifSpec { Thumbnail = SyntheticPhotos.Thumbnail() });

        var header = ImageHeaderReader.Read(jpeg.AsSpan(0, 200));

        Assert.That((header.Format, header.HasSize), Is.EqualTo((PhotoFormat.Jpeg, false)));
    }
}

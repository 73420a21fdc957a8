using System.Text;
using PreAuthKit.Tests.Support;
using PreAuthKit.Photos;

namespace PreAuthKit.Tests.Photos;

/// <summary>The header reader on the photo branch's generated images (the reader lives in Photos).</summary>
public class ImageHeaderReaderTests
{
    private static ImageHeader Read(ReadOnlySpan<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray());
        return ImageHeaderReader.Read(stream);
    }

    [Test]
    public void Jpeg_size_is_read_from_the_frame_header_even_after_a_large_exif_block()
    {
        var jpeg = SyntheticPhotos.Jpeg(320, 240, new ExifSpec { Orientation = 6, Thumbnail = SyntheticPhotos.Thumbnail() });

        var header = Read(jpeg);

        Assert.That(header, Is.EqualTo(new ImageHeader(ImageFormat.Jpeg, 240, 320)), "orientation 6 is stored rotated: 240 wide, 320 high");
    }

    [Test]
    public void Png_size_comes_from_ihdr_and_is_not_trusted_for_decoding()
    {
        Assert.That(Read(SyntheticPhotos.Png(30, 20)), Is.EqualTo(new ImageHeader(ImageFormat.Png, 30, 20)));
        Assert.That(Read(SyntheticPhotos.PngHeaderDeclaring(100_000, 100_000)).PixelCount, Is.EqualTo(10_000_000_000L));
    }

    [TestCase("GIF89a\x01\x00\x01\x00", "GIF")]
    [TestCase("RIFF\x10\x00\x00\x00WEBPVP8 ", "WebP")]
    [TestCase("\x00\x00\x00\x18" + "ftypheic\x00\x00\x00\x00", "HEIC/HEIF")]
    [TestCase("\x00\x00\x00\x1C" + "ftypavif\x00\x00\x00\x00", "HEIC/HEIF")]
    [TestCase("II*\x00\x08\x00\x00\x00", "TIFF")]
    public void Known_other_formats_are_named(string magic, string name)
    {
        var header = Read(Encoding.Latin1.GetBytes(magic));

        Assert.That(header.Format.DisplayName(), Is.EqualTo(name));
    }

    [Test]
    public void Text_files_are_not_images()
    {
        Assert.That(Read("not really a photo\n"u8).Format, Is.EqualTo(ImageFormat.Unknown));
    }

    [Test]
    public void A_jpeg_cut_before_its_frame_header_has_no_size()
    {
        var jpeg = SyntheticPhotos.Jpeg(320, 240, new ExifSpec { Thumbnail = SyntheticPhotos.Thumbnail() });

        var header = Read(jpeg.AsSpan(0, 200));

        Assert.That((header.Format, header.HasDimensions), Is.EqualTo((ImageFormat.Jpeg, false)));
    }
}

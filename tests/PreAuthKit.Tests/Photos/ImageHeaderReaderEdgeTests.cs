using PreAuthKit.Tests.Support;
using PreAuthKit.Photos;

namespace PreAuthKit.Tests.Photos;

public class ImageHeaderReaderEdgeTests
{
    [Test]
    public void Png_size_comes_from_ihdr()
    {
        var header = Read(TestImages.Png(7, 5));

        Assert.That(header, Is.EqualTo(new ImageHeader(ImageFormat.Png, 7, 5)));
    }

    [TestCase((byte)0xC0)]
    [TestCase((byte)0xC1)]
    [TestCase((byte)0xC2)]
    public void Jpeg_size_comes_from_the_frame_header_after_metadata(byte sof)
    {
        var header = Read(TestImages.Jpeg(4032, 3024, app1Length: 60_000, sof: sof));

        Assert.That(header, Is.EqualTo(new ImageHeader(ImageFormat.Jpeg, 4032, 3024)));
        Assert.That(header.PixelCount, Is.EqualTo(4032L * 3024));
    }

    [Test]
    public void Pixel_count_of_a_huge_header_is_read_without_decoding()
    {
        var header = Read(TestImages.PngHeaderOnly(100_000, 100_000));

        Assert.That(header.PixelCount, Is.EqualTo(10_000_000_000L));
    }

    [Test]
    public void Other_formats_are_recognised_by_magic_bytes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read(TestImages.Heic()).Format, Is.EqualTo(ImageFormat.Heif));
            Assert.That(Read("GIF89a......"u8.ToArray()).Format, Is.EqualTo(ImageFormat.Gif));
            Assert.That(Read("%PDF-1.7\n"u8.ToArray()).Format, Is.EqualTo(ImageFormat.Pdf));
            Assert.That(Read("II*\0...."u8.ToArray()).Format, Is.EqualTo(ImageFormat.Tiff));
            Assert.That(Read("RIFF\0\0\0\0WEBPVP8 "u8.ToArray()).Format, Is.EqualTo(ImageFormat.WebP));
            Assert.That(Read("root:x:0:0:root:/root:/bin/bash\n"u8.ToArray()).Format, Is.EqualTo(ImageFormat.Unknown));
            Assert.That(Read([]).Format, Is.EqualTo(ImageFormat.Unknown));
        });
    }

    [Test]
    public void Truncated_or_malformed_jpeg_has_no_dimensions()
    {
        var full = TestImages.Jpeg(640, 480);

        Assert.Multiple(() =>
        {
            Assert.That(Read(full[..40]).HasDimensions, Is.False);
            Assert.That(Read([0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01]).HasDimensions, Is.False); // segment length below 2
            Assert.That(Read([0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0x00]).HasDimensions, Is.False); // segment runs past the end
            Assert.That(Read([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08]).HasDimensions, Is.False); // scan before any frame header
        });
    }

    [Test]
    public void Jpeg_scan_stops_at_the_byte_limit()
    {
        // Segments of 64 KB of padding until past the limit: the reader gives up rather than reading on.
        using var stream = new MemoryStream();
        stream.Write([0xFF, 0xD8]);
        for (var i = 0; i < (ImageHeaderReader.MaxScanBytes / 65_535) + 2; i++)
        {
            stream.Write([0xFF, 0xE2, 0xFF, 0xFF]);
            stream.Write(new byte[65_533]);
        }

        stream.Write(TestImages.Jpeg(10, 10).AsSpan(2));
        stream.Position = 0;

        Assert.That(ImageHeaderReader.Read(stream).HasDimensions, Is.False);
    }

    private static ImageHeader Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return ImageHeaderReader.Read(stream);
    }
}

using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PreAuthKit.Model;
using PreAuthKit.Photos;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Photos;

/// <summary>
/// A processed photo embedded by PDFsharp the way the layout stage will (JPEG bytes as-is via
/// <c>XImage.FromStream</c>) comes back out of the PDF unchanged and without EXIF. The end-to-end
/// version through the generator lands with the layout integration.
/// </summary>
public class PhotoPdfEmbeddingTests
{
    [Test]
    public void Gps_tagged_photo_embedded_in_a_pdf_carries_no_exif()
    {
        var original = SyntheticPhotos.Jpeg(1600, 1200, new ExifSpec
        {
            Orientation = 6,
            DateTimeOriginal = new DateTime(2026, 11, 2, 10, 0, 0),
            Gps = (39.8, -89.6),
            SerialNumber = "SN-0000-TEST",
            Thumbnail = SyntheticPhotos.Thumbnail(),
        });
        var photo = new PhotoProcessor().Process(new PhotoRecord { Path = "gps.jpg" }, 0, original, PhotoPlacement.HalfWidth).Photo!;

        var pdf = EmbedInPdf(photo);

        var images = PdfImages.RawImages(pdf);
        Assert.That(images, Has.Count.EqualTo(1));
        Assert.That(images[0], Is.EqualTo(photo.Jpeg.ToArray()), "PDFsharp embeds the JPEG as-is");
        var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(images[0]));
        Assert.That(directories.OfType<ExifDirectoryBase>(), Is.Empty);
        Assert.That(directories.OfType<GpsDirectory>(), Is.Empty);
    }

    private static byte[] EmbedInPdf(ProcessedPhoto photo)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        using (var image = XImage.FromStream(new MemoryStream(photo.Jpeg.ToArray())))
        {
            graphics.DrawImage(image, 72, 72, 234, 234.0 * photo.PixelHeight / photo.PixelWidth);
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}

using PreAuthKit.Model;
using PreAuthKit.Packet;
using PreAuthKit.Tests.Support;
using SkiaSharp;

namespace PreAuthKit.Tests.Packet;

/// <summary>Image attachments become pages: upright, fitted to the page at 200 dpi at most, greyscale for fax, no EXIF.</summary>
public class ImageAttachmentTests
{
    private static readonly AttachmentIntake Intake = new(AttachmentLimits.Default, PacketGeometry.Letter, greyscale: false);

    [Test]
    public void Exif_orientation_is_applied()
    {
        // Upright 1200 x 800 (landscape), stored as 800 x 1200 with orientation 6 (rotate 90 clockwise).
        var jpeg = SyntheticPhotos.Jpeg(1200, 800, new ExifSpec { Orientation = 6 });
        var page = SinglePage(Intake.Read(new Attachment { Title = "Photo", Path = "photo.jpg" }, 0, jpeg));

        using var bitmap = SKBitmap.Decode(page.Jpeg);
        var (x, y) = SyntheticPhotos.RedMarkerCentre(bitmap.Width, bitmap.Height);
        var red = bitmap.GetPixel(x, y);
        Assert.Multiple(() =>
        {
            Assert.That(bitmap.Width, Is.GreaterThan(bitmap.Height), "landscape once upright");
            Assert.That(red.Red, Is.GreaterThan(150).And.GreaterThan(red.Blue + 80), "red marker top-left once upright");
        });
    }

    [Test]
    public void Image_is_fitted_to_the_page_at_no_more_than_200_dpi()
    {
        var png = SyntheticPhotos.Png(3000, 4000);
        var page = SinglePage(Intake.Read(new Attachment { Title = "Scan", Path = "scan.png" }, 0, png));
        var (maxWidth, maxHeight) = PacketGeometry.Letter.ImagePixels;
        Assert.That(page.PixelWidth <= maxWidth && page.PixelHeight <= maxHeight && (page.PixelWidth == maxWidth || page.PixelHeight == maxHeight), Is.True,
            $"{page.PixelWidth} x {page.PixelHeight} within {maxWidth} x {maxHeight}");
    }

    [Test]
    public void Greyscale_option_stores_one_channel()
    {
        var intake = new AttachmentIntake(AttachmentLimits.Default, PacketGeometry.Letter, greyscale: true);
        var page = SinglePage(intake.Read(new Attachment { Title = "Photo", Path = "photo.jpg" }, 0, SyntheticPhotos.Jpeg(800, 600)));
        using var codec = SKCodec.Create(new MemoryStream(page.Jpeg));
        Assert.That(codec.Info.ColorType, Is.EqualTo(SKColorType.Gray8));
    }

    [Test]
    public void Multi_page_tiff_scan_gives_one_page_per_image()
    {
        var tiff = File.ReadAllBytes(Path.Combine(RepoPaths.SampleCases, "attachments", "ot-discharge-2026-05-30.tif"));
        var outcome = Intake.Read(new Attachment { Title = "Scan", Path = "scan.tif" }, 0, tiff);
        Assert.That(outcome.Findings, Is.Empty);
        Assert.That(outcome.Attachment!.Format, Is.EqualTo(AttachmentFormat.Tiff));
        Assert.That(outcome.Attachment.Pages, Has.Count.EqualTo(2).And.All.InstanceOf<ImageAttachmentPage>());
        var images = outcome.Attachment.Pages.Cast<ImageAttachmentPage>().Select(p => p.Image.Key).Distinct().Count();
        Assert.That(images, Is.EqualTo(2), "two different pages");
    }

    [Test]
    public void Truncated_tiff_is_a_coded_finding()
    {
        var tiff = File.ReadAllBytes(Path.Combine(RepoPaths.SampleCases, "attachments", "ot-discharge-2026-05-30.tif"));
        var outcome = Intake.Read(new Attachment { Title = "Scan", Path = "scan.tif" }, 3, tiff[..200]);
        Assert.That(outcome.Findings.Select(f => (f.Code, f.Path)), Is.EqualTo(new[] { ("PAK-ATT-013", "attachments[3].path") }));
    }

    [Test]
    public void Photo_enclosure_reaches_the_packet_without_exif()
    {
        using var workspace = new PacketWorkspace();
        workspace.Add("wound.jpg", SyntheticPhotos.Jpeg(1200, 800, new ExifSpec { Orientation = 6, SerialNumber = "SN-12345", DateTimeOriginal = new DateTime(2026, 10, 1) }));
        var packet = TestCases.Generator().RenderPacket(workspace.Case(new Attachment { Title = "Wound photo", Path = "wound.jpg" }));
        var images = PdfImages.RawImages(packet.Parts[0].Pdf.Span);
        Assert.That(images, Is.Not.Empty);
        Assert.That(images.Any(i => i.AsSpan().IndexOf("Exif"u8) >= 0 || i.AsSpan().IndexOf("SN-12345"u8) >= 0), Is.False);
    }

    private static PageImage SinglePage(AttachmentOutcome outcome)
    {
        Assert.That(outcome.Findings, Is.Empty);
        return ((ImageAttachmentPage)outcome.Attachment!.Pages.Single()).Image;
    }
}

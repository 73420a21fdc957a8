using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using PreAuthKit.Model;
using PreAuthKit.Photos;
using PreAuthKit.Tests.Support;
using SkiaSharp;

namespace PreAuthKit.Tests.Photos;

public class PhotoProcessorTests
{
    private static readonly DateOnly TakenOn = new(2026, 11, 2);
    private static readonly ExifSpec PhoneExif = new()
    {
        Orientation = 6,
        DateTimeOriginal = new DateTime(2026, 11, 2, 10, 15, 0),
        Gps = (39.7817, -89.6501),
        SerialNumber = "SN-0000-TEST",
        Thumbnail = SyntheticPhotos.Thumbnail(),
    };

    private readonly PhotoProcessor _processor = new();

    [Test]
    public void Orientation_6_comes_out_upright()
    {
        var outcome = Process(SyntheticPhotos.Jpeg(800, 600, PhoneExif), PhotoPlacement.FullWidth);

        var photo = outcome.Photo!;
        using var bitmap = SKBitmap.Decode(photo.Jpeg.Span);
        Assert.Multiple(() =>
        {
            Assert.That((photo.SourceWidth, photo.SourceHeight, photo.SourceOrientation), Is.EqualTo((600, 800, 6)), "stored sideways");
            Assert.That((photo.PixelWidth, photo.PixelHeight), Is.EqualTo((800, 600)), "upright landscape");
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((800, 600)));
            AssertMarkers(bitmap);
        });
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(7)]
    [TestCase(8)]
    public void Every_exif_orientation_comes_out_upright(int orientation)
    {
        var outcome = Process(SyntheticPhotos.Jpeg(400, 300, new ExifSpec { Orientation = orientation }), PhotoPlacement.FullWidth);

        using var bitmap = SKBitmap.Decode(outcome.Photo!.Jpeg.Span);
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((400, 300)));
        AssertMarkers(bitmap);
    }

    [Test]
    public void Output_jpeg_has_no_exif_gps_serial_or_thumbnail()
    {
        var outcome = Process(SyntheticPhotos.Jpeg(800, 600, PhoneExif), PhotoPlacement.HalfWidth);

        var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(outcome.Photo!.Jpeg.ToArray()));
        Assert.Multiple(() =>
        {
            Assert.That(directories.OfType<ExifDirectoryBase>(), Is.Empty);
            Assert.That(directories.OfType<GpsDirectory>(), Is.Empty);
            Assert.That(directories.OfType<ExifThumbnailDirectory>(), Is.Empty);
            Assert.That(directories.OfType<JpegDirectory>().Single().GetInt32(JpegDirectory.TagImageWidth), Is.EqualTo(outcome.Photo.PixelWidth));
            Assert.That(System.Text.Encoding.Latin1.GetString(outcome.Photo.Jpeg.Span), Does.Not.Contain("Exif").And.Not.Contain("SN-0000-TEST"));
        });
    }

    [Test]
    public void Gps_and_serial_are_noted_and_a_matching_date_gives_no_warning()
    {
        var outcome = Process(SyntheticPhotos.Jpeg(800, 600, PhoneExif), PhotoPlacement.HalfWidth);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Photo!.GpsRemoved, Is.True);
            Assert.That(outcome.Photo.CapturedAt, Is.EqualTo(new DateTime(2026, 11, 2, 10, 15, 0)));
            Assert.That(outcome.Findings.Select(f => (f.Code, f.Severity)), Is.EqualTo(new[]
            {
                ("PAK-PHO-040", FindingSeverity.Info),
                ("PAK-PHO-041", FindingSeverity.Info),
            }));
            Assert.That(outcome.Findings[0].Path, Is.EqualTo("photos[0].path"));
            Assert.That(outcome.Findings[0].Section, Is.EqualTo(FindingSection.Photographs));
        });
    }

    [TestCase(1, false)]
    [TestCase(-1, false)]
    [TestCase(2, true)]
    [TestCase(-30, true)]
    public void Capture_date_more_than_a_day_from_taken_on_is_a_warning(int daysOff, bool warned)
    {
        var exif = new ExifSpec { DateTimeOriginal = TakenOn.AddDays(daysOff).ToDateTime(new TimeOnly(23, 50)) };

        var outcome = Process(SyntheticPhotos.Jpeg(300, 200, exif), PhotoPlacement.HalfWidth);

        var warning = outcome.Findings.SingleOrDefault(f => f.Code == "PAK-PHO-030");
        Assert.That(warning is not null, Is.EqualTo(warned));
        if (warning is not null)
        {
            Assert.That((warning.Severity, warning.Path), Is.EqualTo((FindingSeverity.Warning, "photos[0].takenOn")));
            Assert.That(warning.Message, Does.Contain($"{Math.Abs(daysOff)} days").And.Not.Contain("2026"));
        }
    }

    [Test]
    public void A_photo_without_capture_date_is_a_warning_but_still_used()
    {
        var outcome = Process(SyntheticPhotos.Jpeg(300, 200), PhotoPlacement.HalfWidth);

        Assert.That(outcome.Photo, Is.Not.Null);
        Assert.That(outcome.Findings.Select(f => (f.Code, f.Severity)), Is.EqualTo(new[] { ("PAK-PHO-031", FindingSeverity.Warning) }));
    }

    [TestCase(4000, 3000, 234, 650, 488)]
    [TestCase(3000, 4000, 234, 650, 867)]
    [TestCase(4000, 3000, 468, 1300, 975)]
    public void Downscaling_keeps_at_most_200_dpi_at_the_placed_size(int width, int height, double placedWidth, int expectedWidth, int expectedHeight)
    {
        var placement = new PhotoPlacement(placedWidth, 1000);

        var photo = Process(SyntheticPhotos.Jpeg(width, height, new ExifSpec { DateTimeOriginal = TakenOn.ToDateTime(TimeOnly.MinValue) }), placement).Photo!;

        Assert.That((photo.PixelWidth, photo.PixelHeight), Is.EqualTo((expectedWidth, expectedHeight)));
        Assert.That(photo.PixelWidth / (placedWidth / 72.0), Is.LessThanOrEqualTo(200.0));
        using var bitmap = SKBitmap.Decode(photo.Jpeg.Span);
        AssertMarkers(bitmap);
    }

    [Test]
    public void The_placement_box_height_also_limits_the_size()
    {
        var photo = Process(SyntheticPhotos.Jpeg(4000, 3000, PhoneExif), PhotoPlacement.HalfWidth).Photo!;

        // Upright 4000 x 3000 (landscape after orientation 6) into 234 x 312 pt: width-bound at 650 px.
        Assert.That((photo.PixelWidth, photo.PixelHeight), Is.EqualTo((650, 488)));
        var portrait = Process(SyntheticPhotos.Jpeg(1500, 4000), new PhotoPlacement(234, 144)).Photo!;
        Assert.That((portrait.PixelWidth, portrait.PixelHeight), Is.EqualTo((150, 400)), "height-bound at 144 pt = 400 px");
    }

    [Test]
    public void A_small_photo_is_not_upscaled()
    {
        var photo = Process(SyntheticPhotos.Jpeg(320, 240), PhotoPlacement.FullWidth).Photo!;

        Assert.That((photo.PixelWidth, photo.PixelHeight), Is.EqualTo((320, 240)));
    }

    [Test]
    public void Png_is_accepted_and_reencoded_as_jpeg()
    {
        var photo = Process(SyntheticPhotos.Png(300, 200), PhotoPlacement.HalfWidth).Photo!;

        using var output = new MemoryStream(photo.Jpeg.ToArray());
        Assert.That(ImageHeaderReader.Read(output), Is.EqualTo(new ImageHeader(ImageFormat.Jpeg, 300, 200)));
    }

    [Test]
    public void Processing_is_deterministic()
    {
        var jpeg = SyntheticPhotos.Jpeg(1200, 900, PhoneExif);

        var first = Process(jpeg, PhotoPlacement.HalfWidth).Photo!;
        var second = Process(jpeg, PhotoPlacement.HalfWidth).Photo!;

        Assert.That(second.Jpeg.ToArray(), Is.EqualTo(first.Jpeg.ToArray()));
    }

    [Test]
    public void A_png_declaring_100000_by_100000_pixels_is_refused_before_decoding()
    {
        var outcome = Process(SyntheticPhotos.PngHeaderDeclaring(100_000, 100_000), PhotoPlacement.HalfWidth, "bomb.png");

        AssertSingleError(outcome, "PAK-PHO-011", "Photo 1 ");
        Assert.That(outcome.Findings[0].Message, Does.Contain("100000 x 100000"));
    }

    [Test]
    public void A_truncated_jpeg_is_an_error()
    {
        var jpeg = SyntheticPhotos.Jpeg(800, 600, PhoneExif);

        var outcome = Process(jpeg[..(jpeg.Length * 2 / 3)], PhotoPlacement.HalfWidth, "cut.jpg");

        AssertSingleError(outcome, "PAK-PHO-012", "Photo 1 ");
    }

    [Test]
    public void A_jpeg_cut_inside_its_headers_is_an_error()
    {
        var outcome = Process(SyntheticPhotos.Jpeg(800, 600, PhoneExif)[..300], PhotoPlacement.HalfWidth, "cut.jpg");

        AssertSingleError(outcome, "PAK-PHO-012", "truncated or damaged");
    }

    [Test]
    public void A_zero_byte_file_is_an_error()
    {
        AssertSingleError(Process([], PhotoPlacement.HalfWidth, "empty.jpg"), "PAK-PHO-007", "Photo 1 ");
    }

    [Test]
    public void A_text_file_named_jpg_is_an_error()
    {
        var outcome = Process("Patient photo to follow.\n"u8.ToArray(), PhotoPlacement.HalfWidth, "notes.jpg");

        AssertSingleError(outcome, "PAK-PHO-010", "export the photo as JPEG");
    }

    [TestCase("GIF89a\x01\x00\x01\x00\x00\x00\x00", "GIF")]
    [TestCase("\x00\x00\x00\x18" + "ftypheic\x00\x00\x00\x00mif1heic", "HEIC/HEIF")]
    [TestCase("RIFF\x10\x00\x00\x00WEBPVP8 \x00\x00", "WebP")]
    public void Unsupported_formats_ask_for_jpeg_or_png(string magic, string name)
    {
        var outcome = Process(System.Text.Encoding.Latin1.GetBytes(magic), PhotoPlacement.HalfWidth, "scar.img");

        AssertSingleError(outcome, "PAK-PHO-009", $"is a {name} image");
        Assert.That(outcome.Findings[0].Message, Does.Contain("convert to JPEG or PNG"));
    }

    [Test]
    public void Files_are_read_from_the_case_folder_and_confined_to_it()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("pak-photos-");
        try
        {
            var inside = Path.Combine(folder.FullName, "photos");
            System.IO.Directory.CreateDirectory(inside);
            File.WriteAllBytes(Path.Combine(inside, "ok.jpg"), SyntheticPhotos.Jpeg(300, 200, PhoneExif));
            File.WriteAllBytes(Path.Combine(folder.FullName, "..", "outside-" + folder.Name + ".jpg"), SyntheticPhotos.Jpeg(300, 200));

            var ok = _processor.Process(Record("photos/ok.jpg"), 0, folder.FullName, PhotoPlacement.HalfWidth);
            var escaping = _processor.Process(Record("../outside-" + folder.Name + ".jpg"), 1, folder.FullName, PhotoPlacement.HalfWidth);
            var absolute = _processor.Process(Record(Path.Combine(inside, "ok.jpg")), 2, folder.FullName, PhotoPlacement.HalfWidth);
            var missing = _processor.Process(Record("photos/missing.jpg"), 3, folder.FullName, PhotoPlacement.HalfWidth);
            var blank = _processor.Process(Record(" "), 4, folder.FullName, PhotoPlacement.HalfWidth);
            var allowed = new PhotoProcessor(PhotoProcessingOptions.Default with { AllowAbsolutePaths = true })
                .Process(Record(Path.Combine(inside, "ok.jpg")), 2, folder.FullName, PhotoPlacement.HalfWidth);

            Assert.Multiple(() =>
            {
                Assert.That(ok.Succeeded, Is.True);
                AssertSingleError(escaping, "PAK-PHO-003", "Photo 2");
                AssertSingleError(absolute, "PAK-PHO-004", "Photo 3:");
                AssertSingleError(missing, "PAK-PHO-005", "Photo 4 ");
                AssertSingleError(blank, "PAK-PHO-002", "Photo 5 has no file");
                Assert.That(allowed.Succeeded, Is.True);
                Assert.That(escaping.Findings[0].Message, Does.Not.Contain(folder.FullName), "no local paths in messages");
            });
        }
        finally
        {
            File.Delete(Path.Combine(folder.FullName, "..", "outside-" + folder.Name + ".jpg"));
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void A_symbolic_link_pointing_out_of_the_case_folder_is_refused()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("pak-photos-");
        var outside = System.IO.Directory.CreateTempSubdirectory("pak-photos-outside-");
        try
        {
            File.WriteAllBytes(Path.Combine(outside.FullName, "elsewhere.jpg"), SyntheticPhotos.Jpeg(300, 200));
            File.WriteAllBytes(Path.Combine(folder.FullName, "real.jpg"), SyntheticPhotos.Jpeg(300, 200));
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "escape.jpg"), Path.Combine(outside.FullName, "elsewhere.jpg"));
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "alias.jpg"), Path.Combine(folder.FullName, "real.jpg"));

            var escape = _processor.Process(Record("escape.jpg"), 0, folder.FullName, PhotoPlacement.HalfWidth);
            var alias = _processor.Process(Record("alias.jpg"), 1, folder.FullName, PhotoPlacement.HalfWidth);

            AssertSingleError(escape, "PAK-PHO-003", "Photo 1:");
            Assert.That(alias.Succeeded, Is.True, "a link that stays inside the folder is fine");
        }
        finally
        {
            folder.Delete(recursive: true);
            outside.Delete(recursive: true);
        }
    }

    [Test]
    public void A_stream_larger_than_the_cap_is_refused_without_reading_it_all()
    {
        var processor = new PhotoProcessor(PhotoProcessingOptions.Default with { MaxFileBytes = 1024 });

        var outcome = processor.Process(Record("big.jpg"), 0, new MemoryStream(SyntheticPhotos.Jpeg(400, 300)), PhotoPlacement.HalfWidth);

        AssertSingleError(outcome, "PAK-PHO-008", "Photo 1 ");
    }

    private PhotoOutcome Process(byte[] bytes, PhotoPlacement placement, string name = "photo.jpg")
        => _processor.Process(Record(name), 0, new MemoryStream(bytes), placement);

    private static PhotoRecord Record(string path) => new() { Path = path, TakenOn = TakenOn, BodySite = "left volar forearm", ConsentOnFile = true };

    private static void AssertSingleError(PhotoOutcome outcome, string code, string messagePart)
    {
        Assert.That(outcome.Photo, Is.Null);
        Assert.That(outcome.Findings, Has.Count.EqualTo(1));
        var finding = outcome.Findings[0];
        Assert.That((finding.Code, finding.Severity, finding.Section), Is.EqualTo((code, FindingSeverity.Error, FindingSection.Photographs)));
        Assert.That(finding.Path, Does.Match(@"^photos\[\d+\]\.path$"));
        Assert.That(finding.Message, Does.Contain(messagePart));
    }

    /// <summary>Red marker top-left and blue marker bottom-right of the upright picture.</summary>
    private static void AssertMarkers(SKBitmap bitmap)
    {
        var (rx, ry) = SyntheticPhotos.RedMarkerCentre(bitmap.Width, bitmap.Height);
        var (bx, by) = SyntheticPhotos.BlueMarkerCentre(bitmap.Width, bitmap.Height);
        var red = bitmap.GetPixel(rx, ry);
        var blue = bitmap.GetPixel(bx, by);
        Assert.That(red.Red > 170 && red.Green < 80 && red.Blue < 80, Is.True, $"red marker top-left, got {red}");
        Assert.That(blue.Blue > 170 && blue.Red < 80 && blue.Green < 100, Is.True, $"blue marker bottom-right, got {blue}");
    }
}

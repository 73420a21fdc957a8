using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;
using PreAuthKit.Validation;
using SkiaSharp;
using UglyToad.PdfPig;

namespace PreAuthKit.Tests.Photos;

/// <summary>
/// Issue 6 end to end: generated photos in a temporary case folder go through the public generator,
/// and the PDF (read back with PdfPig) carries them clean, upright, captioned and small.
/// </summary>
public class PhotoEvidenceEndToEndTests
{
    private static readonly DateOnly TakenOn = new(2026, 11, 2);

    private string _folder = "";

    [SetUp]
    public void CreateCaseFolder() => _folder = System.IO.Directory.CreateTempSubdirectory("pak-photos-").FullName;

    [TearDown]
    public void DeleteCaseFolder() => System.IO.Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Gps_and_serial_tagged_photo_is_embedded_without_exif()
    {
        var caseFile = WithPhotos(("gps.jpg", SyntheticPhotos.Jpeg(1600, 1200, new ExifSpec
        {
            Orientation = 6,
            DateTimeOriginal = new DateTime(2026, 11, 2, 9, 30, 0),
            Gps = (39.8, -89.6),
            SerialNumber = "SYN-SERIAL-0042",
            Thumbnail = SyntheticPhotos.Thumbnail(),
        }, noise: 3)));

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(caseFile);

        var images = PdfImages.RawImages(document.Pdf.Span);
        Assert.That(images, Has.Count.EqualTo(1));
        var metadata = ImageMetadataReader.ReadMetadata(new MemoryStream(images[0]));
        Assert.Multiple(() =>
        {
            Assert.That(metadata.OfType<ExifDirectoryBase>(), Is.Empty, "no EXIF (IFD0, SubIFD, thumbnail IFD)");
            Assert.That(metadata.OfType<GpsDirectory>(), Is.Empty, "no GPS");
            Assert.That(metadata.SelectMany(d => d.Tags).Select(t => t.Description), Has.None.Contains("SYN-SERIAL-0042"));
            Assert.That(ContainsAscii(document.Pdf.Span, "SYN-SERIAL-0042"), Is.False, "the serial number is nowhere in the PDF");
            Assert.That(ContainsAscii(document.Pdf.Span, "Exif\0\0"), Is.False, "no EXIF block anywhere in the PDF");
        });
    }

    [Test]
    public async Task Sample_photos_print_upright_and_captioned()
    {
        var burnCase = TestCases.BurnScarForearm().Case.Photos.Select(p => p.Path).ToList();
        var photos = SamplePhotos.All.Where(p => burnCase.Contains(p.Path)).Select(p => (Path.GetFileName(p.Path), SamplePhotos.Generate(p.Exif, p.Band))).ToArray();
        var caseFile = WithPhotos(photos);

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(caseFile);

        using var pdf = PdfDocument.Open(document.Pdf.ToArray());
        var placed = pdf.GetPages().SelectMany(page => page.GetImages().Select(image => (page, image))).ToList();
        Assert.That(placed, Has.Count.EqualTo(2));
        for (var i = 0; i < placed.Count; i++)
        {
            var (page, image) = placed[i];
            using var bitmap = SKBitmap.Decode(image.RawBytes.ToArray());
            Assert.That(bitmap, Is.Not.Null, "the embedded image is a JPEG SkiaSharp can decode");
            Assert.That(bitmap.Width, Is.GreaterThan(bitmap.Height), "upright landscape, as the camera's EXIF orientation says");
            var (rx, ry) = SyntheticPhotos.RedMarkerCentre(bitmap.Width, bitmap.Height);
            var (bx, by) = SyntheticPhotos.BlueMarkerCentre(bitmap.Width, bitmap.Height);
            var red = bitmap.GetPixel(rx, ry);
            var blue = bitmap.GetPixel(bx, by);
            Assert.That(red.Red > 170 && red.Blue < 80, Is.True, $"photo {i + 1}: red marker top left, got {red}");
            Assert.That(blue.Blue > 170 && blue.Red < 80, Is.True, $"photo {i + 1}: blue marker bottom right, got {blue}");

            // The caption "Photograph N" sits directly below the picture, inside its width.
            var caption = string.Create(CultureInfo.InvariantCulture, $"Photograph {i + 1}");
            var box = image.BoundingBox;
            var underneath = page.GetWords().Where(w => w.BoundingBox.Top <= box.Bottom && w.BoundingBox.Left >= box.Left - 1 && w.BoundingBox.Right <= box.Right + 1).ToList();
            var firstLine = underneath.Count == 0 ? [] : underneath.Where(w => Math.Abs(w.BoundingBox.Bottom - underneath.Max(u => u.BoundingBox.Bottom)) < 1).OrderBy(w => w.BoundingBox.Left).ToList();
            Assert.That(string.Join(" ", firstLine.Select(w => w.Text)), Is.EqualTo(caption), "the line right below the picture is its caption");
            Assert.That(box.Bottom - firstLine[0].BoundingBox.Top, Is.InRange(0, 20), "the caption is close to the picture");
            Assert.That(page.Text, Does.Contain(caption));
        }
    }

    [Test]
    public async Task Every_unusable_photo_is_reported_at_once_and_nothing_renders()
    {
        var good = SyntheticPhotos.Jpeg(800, 600, new ExifSpec { DateTimeOriginal = new DateTime(2026, 11, 2, 9, 0, 0) });
        var caseFile = WithPhotos(
            ("good.jpg", good),
            ("bomb.png", SyntheticPhotos.PngHeaderDeclaring(100_000, 100_000)),
            ("empty.jpg", []),
            ("notes.jpg", "Patient photo to follow.\n"u8.ToArray()),
            ("animation.gif", "GIF89a\x01\x00\x01\x00\x80\x00\x00"u8.ToArray()),
            ("iphone.heic", TestImages.Heic()));

        var generator = TestCases.Generator();
        var refused = (await Assert.ThrowsAsync<CaseValidationException>(() => generator.RenderPreAuthorizationAsync(caseFile)))!;

        var errors = refused.Report.Errors.Where(f => f.Path.StartsWith("photos[", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(f => f.Path), Has.None.StartWith("photos[0]"), "the good photo is not blamed");
            Assert.That(CodesFor(errors, 1), Is.EqualTo(new[] { "PAK-PHO-011" }), "bomb: too many pixels, from the header alone");
            Assert.That(CodesFor(errors, 2), Is.EqualTo(new[] { "PAK-PHO-007" }), "zero-byte file: refused by validation as empty");
            Assert.That(CodesFor(errors, 3), Is.EqualTo(new[] { "PAK-PHO-010" }), "text file named .jpg");
            Assert.That(CodesFor(errors, 4), Is.EqualTo(new[] { "PAK-PHO-009" }), "GIF");
            Assert.That(CodesFor(errors, 5), Is.EqualTo(new[] { "PAK-PHO-009" }), "HEIC");
            Assert.That(errors.Single(f => f.Path.StartsWith("photos[5]", StringComparison.Ordinal)).Message, Does.Contain("HEIC"));
            Assert.That(refused.Message, Does.Not.Contain("Jordan").And.Not.Contain("Sample"));
        });
        Assert.That(System.IO.Directory.GetFiles(_folder, "*.pdf"), Is.Empty);
    }

    [Test]
    public async Task Truncated_jpeg_is_refused_with_a_finding_naming_it()
    {
        var whole = SyntheticPhotos.Jpeg(1200, 900, new ExifSpec { DateTimeOriginal = new DateTime(2026, 11, 2, 9, 0, 0) }, noise: 3);
        var caseFile = WithPhotos(
            ("good.jpg", SyntheticPhotos.Jpeg(800, 600, new ExifSpec { DateTimeOriginal = new DateTime(2026, 11, 2, 9, 0, 0) })),
            ("cut-off.jpg", whole[..(whole.Length / 3)]),
            ("also-cut.jpg", whole[..(whole.Length / 2)]));

        var refused = (await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator().RenderPreAuthorizationAsync(caseFile)))!;

        var errors = refused.Report.Errors.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(CodesFor(errors, 1), Is.EqualTo(new[] { "PAK-PHO-012" }));
            Assert.That(CodesFor(errors, 2), Is.EqualTo(new[] { "PAK-PHO-012" }), "the second bad photo is reported too");
            Assert.That(errors.Single(f => f.Path == "photos[1].path").Message, Does.Contain("Photo 2").And.Not.Contain("cut-off"), "photos are named by number only: file names are PHI");
            Assert.That(CodesFor(errors, 0), Is.Empty);
        });
    }

    [Test]
    public async Task A_truncated_jpeg_is_reported_together_with_photos_refused_by_validation()
    {
        var whole = SyntheticPhotos.Jpeg(1200, 900, new ExifSpec { DateTimeOriginal = new DateTime(2026, 11, 2, 9, 0, 0) }, noise: 3);
        var caseFile = WithPhotos(
            ("iphone.heic", TestImages.Heic()),
            ("cut-off.jpg", whole[..(whole.Length / 3)]),
            ("bomb.png", SyntheticPhotos.PngHeaderDeclaring(100_000, 100_000)));

        var refused = (await Assert.ThrowsAsync<CaseValidationException>(() => TestCases.Generator().RenderPreAuthorizationAsync(caseFile)))!;

        var errors = refused.Report.Errors.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(CodesFor(errors, 0), Is.EqualTo(new[] { "PAK-PHO-009" }));
            Assert.That(CodesFor(errors, 1), Is.EqualTo(new[] { "PAK-PHO-012" }), "the truncated photo, whose header validation accepts, is decoded and reported in the same refusal");
            Assert.That(CodesFor(errors, 2), Is.EqualTo(new[] { "PAK-PHO-011" }), "a photo validation refused is not decoded again");
        });
    }

    [Test]
    public async Task Four_twelve_megapixel_photos_make_a_packet_of_at_most_two_megabytes()
    {
        var photos = Enumerable.Range(0, 4).Select(i => (string.Create(CultureInfo.InvariantCulture, $"large-{i + 1}.jpg"), SyntheticPhotos.Jpeg(4000, 3000, new ExifSpec
        {
            Orientation = i % 2 == 0 ? 1 : 6,
            DateTimeOriginal = new DateTime(2026, 11, 2, 9, i, 0),
            Gps = (39.8, -89.6),
            Thumbnail = SyntheticPhotos.Thumbnail(),
        }, noise: 4, quality: 92))).ToArray();
        Assert.That(photos.Sum(p => (long)p.Item2.Length), Is.GreaterThan(2L * 1024 * 1024), "the originals alone exceed the budget");

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(WithPhotos(photos));

        TestContext.Out.WriteLine($"originals {photos.Sum(p => (long)p.Item2.Length):N0} bytes -> PDF {document.Pdf.Length:N0} bytes, {document.PageCount} pages");
        Assert.That(PdfImages.RawImages(document.Pdf.Span), Has.Count.EqualTo(4));
        Assert.That(document.Pdf.Length, Is.LessThanOrEqualTo(2 * 1024 * 1024));
    }

    [Test]
    public async Task Capture_date_far_from_taken_on_warns_and_still_renders_and_gps_removal_is_noted()
    {
        var caseFile = WithPhotos(
            ("same-day.jpg", SyntheticPhotos.Jpeg(800, 600, new ExifSpec { DateTimeOriginal = new DateTime(2026, 11, 2, 23, 59, 0) })),
            ("older.jpg", SyntheticPhotos.Jpeg(800, 600, new ExifSpec { DateTimeOriginal = new DateTime(2026, 10, 20, 9, 0, 0), Gps = (39.8, -89.6) })));

        var document = await TestCases.Generator().RenderPreAuthorizationAsync(caseFile);

        var findings = document.Report.Findings;
        Assert.Multiple(() =>
        {
            Assert.That(document.PageCount, Is.GreaterThan(0));
            Assert.That(findings.Where(f => f.Code == "PAK-PHO-030").Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (FindingSeverity.Warning, "photos[1].takenOn") }));
            Assert.That(findings.Single(f => f.Code == "PAK-PHO-030").Message, Does.Contain("Photo 2").And.Contain("13 days").And.Not.Contain("older.jpg"));
            Assert.That(findings.Where(f => f.Code == "PAK-PHO-040").Select(f => (f.Severity, f.Path)), Is.EqualTo(new[] { (FindingSeverity.Info, "photos[1].path") }));
            Assert.That(PdfImages.RawImages(document.Pdf.Span), Has.Count.EqualTo(2));
        });
    }

    private static IEnumerable<string> CodesFor(IEnumerable<ValidationFinding> findings, int index)
        => findings.Where(f => f.Path.StartsWith(string.Create(CultureInfo.InvariantCulture, $"photos[{index}]."), StringComparison.Ordinal)).Select(f => f.Code);

    private static bool ContainsAscii(ReadOnlySpan<byte> haystack, string needle) => haystack.IndexOf(System.Text.Encoding.ASCII.GetBytes(needle)) >= 0;

    /// <summary>The sample case with its photos replaced by <paramref name="files"/>, written to the temporary case folder.</summary>
    private CaseFile WithPhotos(params (string Name, byte[] Bytes)[] files)
    {
        var sample = TestCases.BurnScarForearm();
        var records = new List<PhotoRecord>();
        for (var i = 0; i < files.Length; i++)
        {
            var (name, bytes) = files[i];
            File.WriteAllBytes(Path.Combine(_folder, name), bytes);
            records.Add(new PhotoRecord
            {
                Path = name,
                TakenOn = TakenOn,
                BodySite = "Left volar forearm",
                View = "Overview",
                Description = string.Create(CultureInfo.InvariantCulture, $"Pre-treatment photo {i + 1}"),
                ConsentOnFile = true,
            });
        }

        // The sample's attachment files stay in the samples folder: list them by title only here.
        return new CaseFile(sample.Case with { Photos = records, Attachments = [.. sample.Case.Attachments.Select(a => a with { Path = null })] }, _folder);
    }
}

using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using PreAuthKit.CaseFiles;
using PreAuthKit.Photos;
using PreAuthKit.Tests.Support;
using SkiaSharp;

namespace PreAuthKit.Tests.Photos;

/// <summary>The sample case's generated photos: what they carry, and that they come out clean and upright.</summary>
public class SamplePhotoTests
{
    /// <summary>Rewrites <c>samples/cases/photos/*.jpg</c>. Run on purpose only: <c>dotnet test --filter Regenerate_sample_photos</c>.</summary>
    [Test]
    [Explicit("writes the committed sample photos")]
    public void Regenerate_sample_photos()
    {
        foreach (var (path, exif, band) in SamplePhotos.All)
        {
            var file = Path.Combine(RepoPaths.SampleCases, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, SamplePhotos.Generate(exif, band));
        }

        Assert.That(SamplePhotos.All.Select(p => File.Exists(Path.Combine(RepoPaths.SampleCases, p.Path))), Is.All.True);
    }

    [Test]
    public void Sample_case_lists_the_generated_photos_with_matching_dates()
    {
        var photos = TestCases.BurnScarForearm().Case.Photos;

        Assert.That(photos.Select(p => p.Path), Is.EqualTo(new[] { "photos/forearm-volar-overview.jpg", "photos/forearm-volar-closeup.jpg" }));
    }

    [TestCaseSource(nameof(CasesWithPhotos))]
    public void Every_sample_photo_is_a_generated_one_dated_as_the_camera_recorded(string caseName)
    {
        var photos = CaseFileReader.Load(RepoPaths.SampleCase(caseName)).Case.Photos;

        Assert.That(photos, Is.Not.Empty);
        foreach (var record in photos)
        {
            var generated = SamplePhotos.All.Where(p => p.Path == record.Path).ToList();
            Assert.That(generated, Has.Count.EqualTo(1), $"{record.Path} is one of SamplePhotos.All, so it regenerates");
            Assert.That(record.TakenOn, Is.EqualTo(DateOnly.FromDateTime(generated[0].Exif.DateTimeOriginal!.Value)), record.Path);
            Assert.That(record.ConsentOnFile, Is.True);
        }
    }

    [Test]
    public void Every_generated_photo_is_used_by_a_sample_case()
    {
        var used = System.IO.Directory.GetFiles(RepoPaths.SampleCases, "*.json")
            .SelectMany(file => CaseFileReader.Load(file).Case.Photos.Select(p => p.Path))
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(SamplePhotos.All.Select(p => p.Path).Where(path => !used.Contains(path)), Is.Empty);
    }

    [TestCaseSource(nameof(Paths))]
    public void Committed_sample_photo_carries_orientation_capture_date_and_gps(string path)
    {
        var file = Path.Combine(RepoPaths.SampleCases, path);
        var expected = SamplePhotos.All.Single(p => p.Path == path).Exif;

        var directories = ImageMetadataReader.ReadMetadata(file);
        Assert.Multiple(() =>
        {
            Assert.That(new FileInfo(file).Length, Is.LessThan(400 * 1024));
            Assert.That(directories.OfType<ExifIfd0Directory>().Single().GetInt32(ExifDirectoryBase.TagOrientation), Is.EqualTo(expected.Orientation));
            Assert.That(directories.OfType<ExifSubIfdDirectory>().Single().GetDateTime(ExifDirectoryBase.TagDateTimeOriginal), Is.EqualTo(expected.DateTimeOriginal));
            Assert.That(directories.OfType<GpsDirectory>().Single().GetGeoLocation(), Is.Not.Null);
        });
    }

    [Test]
    public void Sample_case_photos_process_upright_and_clean_with_gps_notes_only()
    {
        var caseFile = TestCases.BurnScarForearm();

        var set = PhotoSet.Process(caseFile.Case.Photos, caseFile.BaseDirectory, PhotoPlacement.HalfWidth);

        Assert.That(set.Findings.Where(f => f.Severity != FindingSeverity.Info), Is.Empty);
        Assert.That(set.Findings.Select(f => f.Code).Distinct(), Is.EquivalentTo(new[] { "PAK-PHO-040", "PAK-PHO-041" }));
        for (var i = 0; i < caseFile.Case.Photos.Count; i++)
        {
            var photo = set.Find(string.Create(CultureInfo.InvariantCulture, $"photo:{i + 1}"))!;
            using var bitmap = SKBitmap.Decode(photo.Jpeg.Span);
            Assert.That(bitmap.Width, Is.GreaterThan(bitmap.Height), "upright landscape");
            Assert.That(bitmap.Width, Is.EqualTo(650));
            var (rx, ry) = SyntheticPhotos.RedMarkerCentre(bitmap.Width, bitmap.Height);
            Assert.That(bitmap.GetPixel(rx, ry).Red, Is.GreaterThan(170));
            var metadata = ImageMetadataReader.ReadMetadata(new MemoryStream(photo.Jpeg.ToArray()));
            Assert.That(metadata.OfType<ExifDirectoryBase>().Concat<MetadataExtractor.Directory>(metadata.OfType<GpsDirectory>()), Is.Empty);
        }
    }

    private static IEnumerable<string> Paths() => SamplePhotos.All.Select(p => p.Path);

    private static IEnumerable<string> CasesWithPhotos() =>
        ["burn-scar-forearm.json", "surgical-scar-reconstruction.json", "appeal-co50-medical-necessity.json", "appeal-co197-no-authorization.json", "external-review-request.json"];
}

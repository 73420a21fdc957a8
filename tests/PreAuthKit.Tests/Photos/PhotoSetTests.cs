using PreAuthKit.Model;
using PreAuthKit.Photos;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Photos;

public class PhotoSetTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = System.IO.Directory.CreateTempSubdirectory("pak-photoset-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [Test]
    public void Bad_photos_give_coded_errors_and_the_others_are_still_processed()
    {
        var exif = new ExifSpec { Orientation = 6, DateTimeOriginal = new DateTime(2026, 11, 2, 9, 0, 0), Gps = (39.8, -89.6) };
        Write("good-1.jpg", SyntheticPhotos.Jpeg(800, 600, exif));
        Write("bomb.png", SyntheticPhotos.PngHeaderDeclaring(100_000, 100_000));
        Write("empty.jpg", []);
        Write("notes.jpg", "not an image"u8.ToArray());
        var truncated = SyntheticPhotos.Jpeg(800, 600, exif);
        Write("truncated.jpg", truncated[..(truncated.Length / 2)]);
        Write("good-2.png", SyntheticPhotos.Png(400, 300));
        var records = new[] { "good-1.jpg", "bomb.png", "empty.jpg", "notes.jpg", "truncated.jpg", "good-2.png" }
            .Select(p => new PhotoRecord { Path = p, TakenOn = new DateOnly(2026, 11, 2) }).ToList();

        var set = PhotoSet.Process(records, _folder.FullName, PhotoPlacement.HalfWidth);

        Assert.Multiple(() =>
        {
            Assert.That(set.Outcomes.Select(o => o.Succeeded), Is.EqualTo(new[] { true, false, false, false, false, true }));
            Assert.That(set.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => (f.Code, f.Path)), Is.EqualTo(new[]
            {
                ("PAK-PHO-011", "photos[1].path"),
                ("PAK-PHO-007", "photos[2].path"),
                ("PAK-PHO-010", "photos[3].path"),
                ("PAK-PHO-012", "photos[4].path"),
            }));
            Assert.That(set.Find("photo:1")!.PixelWidth, Is.EqualTo(650));
            Assert.That(set.Find("photo:2"), Is.Null, "a failed photo has no image");
            Assert.That(set.Find("photo:6")!.Key, Is.EqualTo("photo:6"));
            Assert.That(set.Find("photo:7"), Is.Null);
            Assert.That(set.Find("photo:0"), Is.Null);
            Assert.That(set.Find("image:1"), Is.Null);
            Assert.That(set.Photos.Select(p => p.Index), Is.EqualTo(new[] { 0, 5 }));
        });
    }

    [Test]
    public void Results_are_in_case_order_and_identical_across_runs()
    {
        for (var i = 0; i < 4; i++)
        {
            Write($"p{i}.jpg", SyntheticPhotos.Jpeg(600 + (i * 100), 450, new ExifSpec { Gps = (1, 2) }));
        }

        var records = Enumerable.Range(0, 4).Select(i => new PhotoRecord { Path = $"p{i}.jpg" }).ToList();

        var first = PhotoSet.Process(records, _folder.FullName, PhotoPlacement.HalfWidth);
        var second = PhotoSet.Process(records, _folder.FullName, PhotoPlacement.HalfWidth);

        Assert.That(first.Findings, Is.EqualTo(second.Findings));
        Assert.That(first.Findings.Select(f => f.Path[..f.Path.IndexOf(']', StringComparison.Ordinal)]), Is.Ordered.Using<string>(StringComparer.Ordinal));
        Assert.That(first.Photos.Select(p => p.Jpeg.ToArray()), Is.EqualTo(second.Photos.Select(p => p.Jpeg.ToArray())));
        Assert.That(first.Photos.Select(p => p.Index), Is.EqualTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void Four_12_megapixel_phone_photos_stay_within_the_packet_image_budget()
    {
        // Noise keeps the original from compressing trivially (like a real sensor); 4000 x 3000 stored sideways.
        var phone = SyntheticPhotos.Jpeg(4000, 3000, new ExifSpec { Orientation = 6, Gps = (39.8, -89.6) }, noise: 12, quality: 92);
        for (var i = 0; i < 4; i++)
        {
            Write($"phone-{i}.jpg", phone);
        }

        var records = Enumerable.Range(0, 4).Select(i => new PhotoRecord { Path = $"phone-{i}.jpg" }).ToList();

        var set = PhotoSet.Process(records, _folder.FullName, PhotoPlacement.HalfWidth);

        var embedded = set.Photos.Sum(p => (long)p.Jpeg.Length);
        Assert.That(phone.Length, Is.GreaterThan(2_000_000), "the originals are phone-sized");
        Assert.That(set.Photos.Count(), Is.EqualTo(4));
        Assert.That(embedded, Is.LessThan(1_200_000), "four photos leave room under the 2 MB packet limit for text and fonts");
    }

    [Test]
    public void No_photos_gives_an_empty_set()
    {
        var set = PhotoSet.Process([], _folder.FullName, PhotoPlacement.HalfWidth);

        Assert.That((set.Outcomes.Count, set.Findings.Count, set.Find("photo:1")), Is.EqualTo((0, 0, (ProcessedPhoto?)null)));
    }

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_folder.FullName, name), bytes);
}

using System.Globalization;
using System.Text.RegularExpressions;
using PreAuthKit.CaseFiles;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Photos;

/// <summary>
/// One photo intake: for every kind of bad (or odd) photo, <c>validate</c> and <c>preauth</c> give
/// the same verdict with the same code at the same path; whatever validates clean renders. Messages
/// name photos by number only. None of these throws.
/// </summary>
public partial class PhotoIntakeAgreementTests
{
    private string _folder = "";

    [SetUp]
    public void CreateCaseFolder() => _folder = Directory.CreateTempSubdirectory("pak-intake-").FullName;

    [TearDown]
    public void DeleteCaseFolder() => Directory.Delete(_folder, recursive: true);

    public static IEnumerable<TestCaseData> Photos()
    {
        var jpeg = SyntheticPhotos.Jpeg(800, 600);
        var png = SyntheticPhotos.Png(64, 48);
        TestCaseData Case(string name, string? code, Action<string> arrange, string path)
            => new TestCaseData(code, arrange, path).SetName($"{code ?? "clean"} {name}");

        yield return Case("good JPEG", null, f => Write(f, "ok.jpg", jpeg), "ok.jpg");
        yield return Case("good PNG", null, f => Write(f, "ok.png", png), "ok.png");
        yield return Case("backslash separator", null, f => Write(f, "sub/ok.jpg", jpeg), "sub\\ok.jpg");
        yield return Case("truncated JPEG", "PAK-PHO-012", f => Write(f, "cut.jpg", jpeg[..(jpeg.Length / 2)]), "cut.jpg");
        yield return Case("JPEG without its end marker", "PAK-PHO-012", f => Write(f, "noeoi.jpg", jpeg[..^2]), "noeoi.jpg");
        yield return Case("truncated PNG", "PAK-PHO-012", f => Write(f, "cut.png", png[..(png.Length - 20)]), "cut.png");
        yield return Case("text named .jpg", "PAK-PHO-010", f => File.WriteAllText(Path.Combine(f, "notes.jpg"), "not a photo"), "notes.jpg");
        yield return Case("zero bytes", "PAK-PHO-007", f => Write(f, "empty.jpg", []), "empty.jpg");
        yield return Case("GIF", "PAK-PHO-009", f => Write(f, "a.gif", "GIF89a\u0001\0\u0001\0\0\0\0"u8.ToArray()), "a.gif");
        yield return Case("HEIC", "PAK-PHO-009", f => Write(f, "a.heic", "\0\0\0\u0018ftypheic\0\0\0\0mif1heic"u8.ToArray()), "a.heic");
        yield return Case("pixel bomb", "PAK-PHO-011", f => Write(f, "bomb.png", SyntheticPhotos.PngHeaderDeclaring(100_000, 100_000)), "bomb.png");
        yield return Case("missing", "PAK-PHO-005", _ => { }, "missing.jpg");
        yield return Case("a folder", "PAK-PHO-006", f => Directory.CreateDirectory(Path.Combine(f, "dir.jpg")), "dir.jpg");
        yield return Case("leaves the folder", "PAK-PHO-003", _ => { }, "../outside.jpg");
        yield return Case("absolute", "PAK-PHO-004", _ => { }, "/etc/hostname");
        yield return Case("empty path", "PAK-PHO-002", _ => { }, "");
        yield return Case("NUL in the path", "PAK-PHO-013", _ => { }, "ok\0.jpg");
        yield return Case("trailing newline", "PAK-PHO-013", f => Write(f, "ok.jpg", jpeg), "ok.jpg\n");
        yield return Case("trailing space", "PAK-PHO-013", f => Write(f, "ok.jpg", jpeg), "ok.jpg ");
        yield return Case("link out of the folder", "PAK-PHO-003", f => File.CreateSymbolicLink(Path.Combine(f, "link.jpg"), "/etc/hostname"), "link.jpg");
        yield return Case("folder link out of the folder", "PAK-PHO-003", f => Directory.CreateSymbolicLink(Path.Combine(f, "etc"), "/etc"), "etc/hostname");
        yield return Case("link loop", "PAK-PHO-006", f =>
        {
            File.CreateSymbolicLink(Path.Combine(f, "a.jpg"), Path.Combine(f, "b.jpg"));
            File.CreateSymbolicLink(Path.Combine(f, "b.jpg"), Path.Combine(f, "a.jpg"));
        }, "a.jpg");
        yield return Case("link inside the folder", null, f =>
        {
            Write(f, "real.jpg", jpeg);
            File.CreateSymbolicLink(Path.Combine(f, "alias.jpg"), Path.Combine(f, "real.jpg"));
        }, "alias.jpg");
    }

    [TestCaseSource(nameof(Photos))]
    public void Validate_and_render_agree(string? code, Action<string> arrange, string path)
    {
        arrange(_folder);
        var caseFile = CaseWith(path);
        var generator = TestCases.Generator();

        var validated = PhotoErrors(generator.Validate(caseFile));
        var rendered = Render(generator, caseFile);

        Assert.Multiple(() =>
        {
            Assert.That(validated, Is.EqualTo(code is null ? Array.Empty<(string, string)>() : new[] { (code, "photos[0].path") }), "validate");
            Assert.That(rendered.Errors, Is.EqualTo(validated), "render refuses with what validate said");
            Assert.That(rendered.Rendered, Is.EqualTo(code is null), "whatever validates clean renders");
            foreach (var message in rendered.Messages)
            {
                Assert.That(message, Does.StartWith("Photo 1"), "named by number");
                Assert.That(message, Does.Not.Contain(Path.GetFileName(path.Trim().Replace('\\', '/')) is { Length: > 0 } name ? name : "\u0001"), "never by file name");
            }
        });
    }

    [Test]
    public void A_photo_named_twice_is_read_once_and_embedded_once()
    {
        Write(_folder, "ok.jpg", SyntheticPhotos.Jpeg(800, 600));
        var caseFile = CaseWith("ok.jpg", "./ok.jpg", "ok.jpg");

        var run = TestCases.Generator().Pipeline.RenderPreAuthorization(caseFile, default);

        Assert.That(ImageObjects().Count(run.Pdf.Select(b => (char)b).ToArray()), Is.EqualTo(1), "one image XObject");
        Assert.That(PdfImages.RawImages(run.Pdf), Has.Count.EqualTo(3), "drawn three times");
    }

    private static void Write(string folder, string name, byte[] bytes)
    {
        var full = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private CaseFile CaseWith(params string[] paths)
    {
        var sample = TestCases.BurnScarForearm();
        var records = paths.Select((p, i) => new PhotoRecord
        {
            Path = p,
            TakenOn = new DateOnly(2026, 11, 2),
            BodySite = "Left volar forearm",
            View = "Overview",
            Description = string.Create(CultureInfo.InvariantCulture, $"Pre-treatment photo {i + 1}"),
            ConsentOnFile = true,
        }).ToList();
        // The sample's attachment files are not in this folder: list them by title only.
        return new CaseFile(sample.Case with { Photos = records, Attachments = [.. sample.Case.Attachments.Select(a => a with { Path = null })] }, _folder);
    }

    private static (string Code, string Path)[] PhotoErrors(ValidationReport report)
        => [.. report.Errors.Where(f => f.Path.StartsWith("photos[", StringComparison.Ordinal)).Select(f => (f.Code, f.Path))];

    private static ((string Code, string Path)[] Errors, bool Rendered, string[] Messages) Render(PreAuthGenerator generator, CaseFile caseFile)
    {
        try
        {
            var run = generator.Pipeline.RenderPreAuthorization(caseFile, default);
            return ([], true, [.. run.Report.Findings.Where(f => f.Code.StartsWith("PAK-PHO-0", StringComparison.Ordinal) && f.Path.StartsWith("photos[", StringComparison.Ordinal)).Select(f => f.Message)]);
        }
        catch (PreAuthKit.Validation.CaseValidationException refused)
        {
            return (PhotoErrors(refused.Report), false, [.. refused.Report.Errors.Where(f => f.Path.StartsWith("photos[", StringComparison.Ordinal)).Select(f => f.Message)]);
        }
    }

    [GeneratedRegex(@"/Subtype\s*/Image")]
    private static partial Regex ImageObjects();
}

using System.Globalization;
using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// Real-world PDFs (made by other tools, shipped by Debian, damaged on purpose): each one either
/// merges with its text intact or is refused with a PAK-ATT code that validate reports too; no
/// exception escapes and no partial packet appears.
/// </summary>
public class RealWorldPdfTests
{
    private PacketWorkspace _workspace = null!;
    private List<(string Name, RealWorldCorpus.Expectation Expectation)> _files = [];

    [OneTimeSetUp]
    public void BuildCorpus()
    {
        _workspace = new PacketWorkspace();
        _files = RealWorldCorpus.Build(_workspace.Folder);
    }

    [OneTimeTearDown]
    public void DeleteCorpus() => _workspace.Dispose();

    [Test]
    public void Each_file_merges_with_its_text_or_is_refused_with_a_code()
    {
        var generator = TestCases.Generator();
        var merged = 0;
        foreach (var (name, expectation) in _files)
        {
            var caseFile = _workspace.Case(new Attachment { Title = "Enclosure " + name, Path = name });
            var validated = generator.Validate(caseFile).Errors.Where(f => f.Path == "attachments[0].path").Select(f => f.Code).ToList();
            var result = generator.RenderPacket(caseFile);
            var packet = result.IsAssembled ? result : null;
            var refused = result.Report.Errors.Where(f => f.Path == "attachments[0].path").Select(f => f.Code).ToList();

            Assert.That(refused, Is.EqualTo(validated), $"{name}: validate predicts the packet");
            switch (expectation)
            {
                case RealWorldCorpus.Expectation.Encrypted:
                    Assert.That(refused, Is.EqualTo(new[] { "PAK-ATT-011" }), name);
                    continue;
                case RealWorldCorpus.Expectation.Merges:
                    Assert.That(packet, Is.Not.Null, $"{name} should merge; refused with {string.Join(", ", refused)}");
                    break;
                default:
                    if (packet is null)
                    {
                        Assert.That(refused, Has.Count.EqualTo(1).And.All.StartsWith("PAK-ATT-0"), name);
                        continue;
                    }

                    break;
            }

            merged++;
            var entry = packet!.Index.Single();
            var output = Path.Combine(_workspace.Folder, name + ".packet.pdf");
            File.WriteAllBytes(output, packet.Parts.Single().Pdf.ToArray());
            var expected = RealWorldCorpus.WordsOf(Path.Combine(_workspace.Folder, name));
            var actual = RealWorldCorpus.Split(string.Join(' ', ExternalTools.Words(output, entry.FirstPage, entry.LastPage)));
            Assert.That(actual, Is.SupersetOf(expected), $"{name}: the enclosure's text layer is kept");
            var (qpdf, _, qpdfErrors) = ExternalTools.Run("qpdf", _workspace.Folder, "--check", output);
            Assert.That(qpdf, Is.Zero, $"{name}: qpdf --check: {qpdfErrors}");
        }

        Assert.That(merged, Is.GreaterThanOrEqualTo(_files.Count(f => f.Expectation == RealWorldCorpus.Expectation.Merges)));
    }

    [Test]
    public void Rotated_page_is_shown_upright_and_fits_below_the_stamp()
    {
        var caseFile = _workspace.Case(new Attachment { Title = "Rotated", Path = "qpdf-rotated.pdf" });
        var packet = TestCases.Generator().RenderPacket(caseFile);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(packet.Parts.Single().Pdf.ToArray());
        var page = pdf.GetPage(packet.Index[0].FirstPage);
        var content = page.Letters.Where(l => l.BoundingBox.Bottom < page.Height - 24).ToList();
        Assert.That(content, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(content.Min(l => l.BoundingBox.Left), Is.GreaterThanOrEqualTo(0));
            Assert.That(content.Max(l => l.BoundingBox.Right), Is.LessThanOrEqualTo(page.Width));
            Assert.That(content.Max(l => l.BoundingBox.Top), Is.LessThanOrEqualTo(page.Height - 24));
            Assert.That(content.Min(l => l.BoundingBox.Bottom), Is.GreaterThanOrEqualTo(0));
        });
    }

    [Test]
    public void The_same_file_attached_twice_is_embedded_once()
    {
        var once = TestCases.Generator().RenderPacket(_workspace.Case(new Attachment { Title = "A", Path = "gs-pdf14.pdf" }));
        var twice = TestCases.Generator().RenderPacket(_workspace.Case(
            new Attachment { Title = "A", Path = "gs-pdf14.pdf" },
            new Attachment { Title = "A again", Path = "gs-pdf14.pdf" }));
        var onceBytes = once.Parts[0].Pdf.ToArray();
        var twiceBytes = twice.Parts[0].Pdf.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Count(twiceBytes, "/FontFile"u8), Is.EqualTo(Count(onceBytes, "/FontFile"u8)), "fonts imported once");
            Assert.That(twice.Index.Select(e => e.PageCount), Is.EqualTo(new[] { 2, 2 }));
            Assert.That(twiceBytes.Length - onceBytes.Length, Is.LessThan(new FileInfo(Path.Combine(_workspace.Folder, "gs-pdf14.pdf")).Length),
                string.Create(CultureInfo.InvariantCulture, $"second copy adds {twiceBytes.Length - onceBytes.Length} bytes"));
        });
    }

    private static int Count(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle); at >= 0; at = haystack.IndexOf(needle))
        {
            count++;
            haystack = haystack[(at + needle.Length)..];
        }

        return count;
    }
}

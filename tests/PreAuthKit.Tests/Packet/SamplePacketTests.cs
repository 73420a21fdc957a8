using System.Globalization;
using System.Text.RegularExpressions;
using PreAuthKit.Tests.Support;
using UglyToad.PdfPig;

namespace PreAuthKit.Tests.Packet;

/// <summary>The bundled samples' packets, read back: page count, index ranges, stamps, enclosure text.</summary>
public class SamplePacketTests
{
    private const string MemberId = "EXH123456789";

    [Test]
    public void Sample_packet_is_cover_plus_letter_plus_index_plus_enclosures()
    {
        var caseFile = TestCases.BurnScarForearm();
        var generator = TestCases.Generator();
        var letter = generator.Render(caseFile, DocumentKind.PreAuthorization).Document!;

        var packet = generator.RenderPacket(caseFile, new PacketOptions { CoverSheet = true });

        // clinic-notes-2026-11-02.pdf has 2 pages, ot-discharge-2026-05-30.tif 2 pages (TIFF directories).
        using var pdf = PdfDocument.Open(packet.Parts.Single().Pdf.ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(packet.LetterPageCount, Is.EqualTo(letter.PageCount));
            Assert.That(packet.PageCount, Is.EqualTo(1 + letter.PageCount + 1 + 2 + 2));
            Assert.That(pdf.NumberOfPages, Is.EqualTo(packet.PageCount));
            Assert.That(packet.Index.Select(e => (e.Number, e.FirstPage, e.LastPage)), Is.EqualTo(new[]
            {
                (1, letter.PageCount + 3, letter.PageCount + 4),
                (2, letter.PageCount + 5, letter.PageCount + 6),
            }));
        });
    }

    [TestCase("burn-scar-forearm.json", false)]
    [TestCase("surgical-scar-reconstruction.json", true)]
    [TestCase("appeal-co50-medical-necessity.json", true)]
    [TestCase("acne-scars-cosmetic.json", false)]
    public void Index_page_ranges_read_back_from_the_pdf_point_at_each_enclosure(string sample, bool cover)
    {
        var caseFile = PreAuthKit.CaseFiles.CaseFileReader.Load(RepoPaths.SampleCase(sample));
        var letterKind = DocumentKind.For(caseFile.Case);
        var packet = TestCases.Generator().RenderPacket(caseFile, new PacketOptions { CoverSheet = cover, Letter = letterKind });
        using var pdf = PdfDocument.Open(packet.Parts.Single().Pdf.ToArray());
        var indexPage = (cover ? 1 : 0) + packet.LetterPageCount + 1;
        var indexText = Squeeze(pdf.GetPage(indexPage).Text);
        Assert.That(indexText, Does.Contain("Enclosureindex"));
        for (var number = 1; number <= caseFile.Case.Attachments.Count; number++)
        {
            var attachment = caseFile.Case.Attachments[number - 1];
            var entry = packet.Index[number - 1];
            var range = entry.FirstPage == entry.LastPage
                ? entry.FirstPage.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{entry.FirstPage}\u2013{entry.LastPage}");
            Assert.That(indexText, Does.Contain(attachment.Date!.Value.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture) + range),
                $"index row {number}: date then page range");

            // The first page of the range is the enclosure's first page: its synthetic text (PDF) or its image (scan).
            var first = pdf.GetPage(entry.FirstPage);
            if (attachment.Path!.EndsWith(".pdf", StringComparison.Ordinal))
            {
                using var original = PdfDocument.Open(File.ReadAllBytes(Path.Combine(RepoPaths.SampleCases, attachment.Path)));
                var firstWords = original.GetPage(1).GetWords().Take(4).Select(w => w.Text);
                Assert.That(Squeeze(first.Text), Does.Contain(string.Concat(firstWords)), $"enclosure {number} starts on page {entry.FirstPage}");
                Assert.That(Squeeze(pdf.GetPage(entry.LastPage).Text), Does.Contain(string.Create(CultureInfo.InvariantCulture, $"Page{original.NumberOfPages}of{original.NumberOfPages}")));
            }
            else
            {
                Assert.That(first.GetImages().Count(), Is.EqualTo(1), $"enclosure {number} (a scan) starts on page {entry.FirstPage}");
            }

            Assert.That(entry.PageCount, Is.EqualTo(entry.LastPage - entry.FirstPage + 1));
        }
    }

    [Test]
    public void Every_page_carries_the_stamp_in_the_band_above_the_content()
    {
        var packet = TestCases.Generator().RenderPacket(TestCases.BurnScarForearm(), new PacketOptions { CoverSheet = true });
        using var pdf = PdfDocument.Open(packet.Parts.Single().Pdf.ToArray());
        foreach (var page in pdf.GetPages())
        {
            var bandBottom = page.Height - 24;
            var band = page.Letters.Where(l => l.BoundingBox.Bottom >= bandBottom).ToList();
            var below = page.Letters.Where(l => l.BoundingBox.Bottom < bandBottom).ToList();
            var bandText = Squeeze(string.Concat(band.Select(l => l.Value)));
            Assert.Multiple(() =>
            {
                // The band holds exactly the stamp, nothing of the content.
                Assert.That(bandText, Is.EqualTo(Squeeze(string.Create(CultureInfo.InvariantCulture,
                    $"Sample, Jordan \u00b7 Member ID {MemberId} \u00b7 Pre-authorization request BSF-2026-0142Page {page.Number} of {packet.PageCount}"))),
                    $"page {page.Number}: the stamp band");
                Assert.That(below.All(l => l.BoundingBox.Top < bandBottom + 0.5), Is.True, $"page {page.Number}: content glyph reaches into the stamp band");
            });
        }
    }

    [Test]
    public void Enclosure_text_layer_is_kept()
    {
        var caseFile = TestCases.BurnScarForearm();
        var packet = TestCases.Generator().RenderPacket(caseFile);
        using var pdf = PdfDocument.Open(packet.Parts.Single().Pdf.ToArray());
        using var original = PdfDocument.Open(File.ReadAllBytes(Path.Combine(RepoPaths.SampleCases, caseFile.Case.Attachments[0].Path!)));
        var entry = packet.Index[0];
        for (var p = 1; p <= original.NumberOfPages; p++)
        {
            var expected = original.GetPage(p).GetWords().Select(w => w.Text).ToList();
            var actual = pdf.GetPage(entry.FirstPage + p - 1).GetWords().Select(w => w.Text).ToList();
            Assert.That(actual, Is.SupersetOf(expected), $"enclosure page {p}");
        }
    }

    [Test]
    public void Cover_sheet_has_transmission_details_and_no_clinical_detail()
    {
        var caseFile = TestCases.BurnScarForearm();
        var packet = TestCases.Generator().RenderPacket(caseFile, new PacketOptions { CoverSheet = true });
        using var pdf = PdfDocument.Open(packet.Parts.Single().Pdf.ToArray());
        var cover = Squeeze(pdf.GetPage(1).Text);
        var @case = caseFile.Case;
        Assert.Multiple(() =>
        {
            Assert.That(cover, Does.Contain("FAX").And.Contain(Squeeze(@case.Payer.Name)).And.Contain(Squeeze(@case.Payer.Fax!)));
            Assert.That(cover, Does.Contain(Squeeze(@case.Clinic!.Name)).And.Contain(Squeeze(@case.Clinic.Fax!)));
            Assert.That(cover, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"{packet.PageCount},includingthiscoversheet")));
            Assert.That(cover, Does.Contain("CONFIDENTIALITYNOTICE"));
            foreach (var diagnosis in @case.Diagnoses)
            {
                Assert.That(cover, Does.Not.Contain(diagnosis.Code), "no diagnosis codes on a cover sheet");
            }

            foreach (var procedure in @case.Procedures)
            {
                Assert.That(cover, Does.Not.Contain(procedure.Code), "no procedure codes on a cover sheet");
            }
        });
    }

    [Test]
    public void Enclosures_have_bookmarks()
    {
        var packet = TestCases.Generator().RenderPacket(TestCases.BurnScarForearm(), new PacketOptions { CoverSheet = true });
        using var pdf = PdfDocument.Open(packet.Parts.Single().Pdf.ToArray());
        Assert.That(pdf.TryGetBookmarks(out var bookmarks), Is.True);
        var titles = bookmarks!.GetNodes().Select(n => n.Title).ToList();
        Assert.That(titles, Is.SupersetOf(new[]
        {
            "Fax cover sheet", "Pre-authorization request", "Enclosure index", "Enclosures",
            "1. Clinic notes, 11/02/2026 (physician assessment)", "2. Occupational therapy discharge summary, 05/30/2026",
        }));
    }

    [Test]
    public void Same_inputs_give_the_same_bytes()
    {
        var first = TestCases.Generator().RenderPacket(TestCases.BurnScarForearm(), new PacketOptions { CoverSheet = true, MaxPagesPerPart = 4 });
        var second = TestCases.Generator().RenderPacket(TestCases.BurnScarForearm(), new PacketOptions { CoverSheet = true, MaxPagesPerPart = 4 });
        Assert.That(second.Parts.Select(p => p.Sha256), Is.EqualTo(first.Parts.Select(p => p.Sha256)));
    }

    [Test]
    public void Attachments_from_bytes_or_streams_give_the_same_packet_as_from_files()
    {
        var (fromFile, fromBytes, fromStreams) = TestCases.BurnScarForearmInMemory();
        var generator = TestCases.Generator();
        var options = new PacketOptions { CoverSheet = true };

        var file = generator.RenderPacket(fromFile, options);
        var memory = generator.RenderPacket(fromBytes, options);
        var streamed = generator.RenderPacket(fromStreams, options);

        Assert.That(file.IsAssembled, Is.True);
        Assert.That(memory.Parts.Single().Sha256, Is.EqualTo(file.Parts.Single().Sha256));
        Assert.That(streamed.Parts.Single().Sha256, Is.EqualTo(file.Parts.Single().Sha256));
    }

    [TestCase("burn-scar-forearm.json")]
    [TestCase("surgical-scar-reconstruction.json")]
    [TestCase("acne-scars-cosmetic.json")]
    public void Sample_packet_passes_qpdf_check_and_every_stream_is_complete_zlib(string sample)
    {
        var caseFile = PreAuthKit.CaseFiles.CaseFileReader.Load(RepoPaths.SampleCase(sample));
        var packet = TestCases.Generator().RenderPacket(caseFile, new PacketOptions { CoverSheet = true, MaxPagesPerPart = 5 });
        var folder = Directory.CreateTempSubdirectory("pak-packet-qpdf-").FullName;
        try
        {
            foreach (var part in packet.Parts)
            {
                var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"part{part.Number}.pdf"));
                File.WriteAllBytes(file, part.Pdf.ToArray());
                var (exit, output, error) = ExternalTools.Run("qpdf", folder, "--check", file);
                Assert.That(exit, Is.Zero, $"part {part.Number}: {output}{error}");
                var (mutool, _, warnings) = ExternalTools.Run("mutool", folder, "draw", "-o", "/dev/null", file);
                Assert.That(mutool, Is.Zero);
                Assert.That(warnings, Does.Not.Contain("flate").IgnoreCase, $"part {part.Number}: MuPDF warns");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");
}

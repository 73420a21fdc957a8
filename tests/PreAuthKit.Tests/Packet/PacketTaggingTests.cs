using System.Text.RegularExpressions;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// The packet is a tagged PDF as Poppler's <c>pdfinfo -struct-text</c> reads it: the letter keeps
/// its own structure (drawn from its layout, not imported), the cover sheet and index are tagged
/// headings, paragraphs and tables, each imported PDF page is a <c>Div</c> holding its text, image
/// pages are figures, and the stamp is an artifact; <c>/Lang</c> and <c>/MarkInfo</c> are set.
/// </summary>
public class PacketTaggingTests
{
    [Test]
    public void Each_part_is_tagged_with_the_letters_structure_and_the_packets_own()
    {
        var packet = TestCases.Generator().RenderPacket(TestCases.BurnScarForearm(), new PacketOptions { CoverSheet = true });
        var folder = Directory.CreateTempSubdirectory("pak-packet-tags-").FullName;
        try
        {
            var path = Path.Combine(folder, "packet.pdf");
            File.WriteAllBytes(path, packet.Parts.Single().Pdf.ToArray());
            var (infoExit, info, _) = ExternalTools.Run("pdfinfo", folder, path);
            var (exit, tree, errors) = ExternalTools.Run("pdfinfo", folder, "-struct-text", path);
            var (_, root, _) = ExternalTools.Run("qpdf", folder, "--json", "--json-key=qpdf", path);

            Assert.That((infoExit, exit), Is.EqualTo((0, 0)), errors);
            Assert.Multiple(() =>
            {
                Assert.That(info, Does.Match(@"Tagged:\s+yes"));
                Assert.That(errors, Is.Empty, "pdfinfo complains about the structure");
                Assert.That(root, Does.Contain("\"/Lang\": \"u:en-US\"").And.Contain("\"/Marked\": true"), "catalog /Lang and /MarkInfo");

                // The letter's own tags, inside the packet.
                Assert.That(tree, Does.Match("H1 \\(block\\)\\s+\"Request for Prior Authorization: Letter of Medical Necessity ?\""), "the letter's H1");
                Assert.That(tree, Does.Contain("/Scope /Column"));
                foreach (var role in new[] { "Sect", "H1", "H2", "P", "L", "LI", "Table", "TR", "TH", "TD", "Figure", "Div" })
                {
                    Assert.That(tree, Does.Match(@"(?m)^\s*" + role + @"\b"), role);
                }

                // The packet's own pages.
                Assert.That(tree, Does.Match("H1 \\(block\\)\\s+\"FAX ?\""), "the cover sheet's heading");
                Assert.That(tree, Does.Match("H2 \\(block\\)\\s+\"CONFIDENTIALITY NOTICE ?\""));
                Assert.That(tree, Does.Match("H1 \\(block\\)\\s+\"Enclosure index ?\""), "the index heading");
                Assert.That(tree, Does.Match(@"TD\s+""Clinic notes, 11/02/2026 \(physician assessment\) ?"""), "an index row cell");

                // An imported PDF enclosure page: one Div with its text.
                Assert.That(tree, Does.Match(@"Div\s+""[^""]*Chief complaint: hypertrophic burn scar"), "the enclosure's text in its Div");

                // The stamp is an artifact, and wrapped lines keep their word boundaries.
                Assert.That(tree, Does.Not.Contain("Member ID " + TestCases.BurnScarForearm().Case.Patient.MemberId + " \u00b7"), "the stamp is an artifact");
                Assert.That(Regex.IsMatch(tree, @"[0-9]enclosures"), Is.False, "wrapped lines keep their word boundary");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

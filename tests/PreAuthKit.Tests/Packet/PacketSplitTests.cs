using System.Globalization;
using System.Text.RegularExpressions;
using PreAuthKit.Tests.Support;
using UglyToad.PdfPig;

namespace PreAuthKit.Tests.Packet;

/// <summary>Splitting a packet into parts for fax or portals; each part says which part it is.</summary>
public class PacketSplitTests
{
    [Test]
    public void Split_by_pages_gives_parts_that_cover_the_packet_in_order()
    {
        var packet = TestCases.Generator().RenderPacket(TestCases.BurnScarForearm(), new PacketOptions { CoverSheet = true, MaxPagesPerPart = 4 });
        Assert.That(packet.Parts, Has.Count.EqualTo((packet.PageCount + 3) / 4));
        var next = 1;
        foreach (var part in packet.Parts)
        {
            using var pdf = PdfDocument.Open(part.Pdf.ToArray());
            Assert.Multiple(() =>
            {
                Assert.That(part.FirstPage, Is.EqualTo(next));
                Assert.That(pdf.NumberOfPages, Is.EqualTo(part.PageCount).And.LessThanOrEqualTo(4));
                Assert.That(part.Count, Is.EqualTo(packet.Parts.Count));
            });
            foreach (var page in pdf.GetPages())
            {
                var number = part.FirstPage + page.Number - 1;
                Assert.That(Regex.Replace(page.Text, @"\s+", ""), Does.Contain(string.Create(CultureInfo.InvariantCulture,
                    $"Page{number}of{packet.PageCount}\u00b7part{part.Number}of{part.Count}")));
            }

            next = part.LastPage + 1;
        }

        Assert.That(next - 1, Is.EqualTo(packet.PageCount));
    }

    [Test]
    public void Split_by_bytes_keeps_every_part_under_the_limit()
    {
        const long Limit = 150_000;
        var packet = TestCases.Generator().RenderPacket(TestCases.BurnScarForearm(), new PacketOptions { MaxBytesPerPart = Limit });
        Assert.That(packet.Parts, Has.Count.GreaterThan(1));
        Assert.That(packet.Parts.Select(p => p.Pdf.Length), Has.All.LessThanOrEqualTo(Limit));
        Assert.That(packet.Parts.Sum(p => p.PageCount), Is.EqualTo(packet.PageCount));
    }

    [Test]
    public void A_page_larger_than_the_byte_limit_refuses_the_packet()
    {
        var refusal = PacketAssert.Refused(TestCases.Generator().RenderPacket(TestCases.BurnScarForearm(), new PacketOptions { MaxBytesPerPart = 10_000 }));
        Assert.That(refusal.Report.Errors.Select(f => f.Code), Does.Contain("PAK-PKT-002"));
    }

    [Test]
    public void Unsplit_packet_has_one_part_without_part_numbers()
    {
        var packet = TestCases.Generator().RenderPacket(TestCases.BurnScarForearm());
        using var pdf = PdfDocument.Open(packet.Parts.Single().Pdf.ToArray());
        Assert.That(pdf.GetPages().Any(p => p.Text.Contains("part ", StringComparison.Ordinal)), Is.False);
    }
}

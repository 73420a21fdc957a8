using System.Globalization;
using BitMiracle.LibTiff.Classic;
using PreAuthKit.Model;
using PreAuthKit.Packet;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// The verify-only reading (<see cref="AttachmentReading.Validate"/>: <c>validate</c> and the letters)
/// against the packet's reading (<see cref="AttachmentReading.Packet"/>), on every attachment fixture
/// the tests have (the samples' files, synthetic JPEG and PNG photos, a PNG bomb header, the
/// refusal and hostile PDF sets) plus TIFFs in other layouts (LZW strips, deflate tiles, CCITT G4)
/// and damaged copies of every image (truncated at several points, runs of bytes overwritten):
/// the same finding codes, paths and messages, the same page count, and on every damaged image
/// <c>Validate</c> and the packet refuse, or accept, alike.
/// </summary>
public class AttachmentReadingEquivalenceTests
{
    private static readonly double[] Cuts = [0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97, 0.995];

    private static readonly double[] Overwrites = [0.15, 0.35, 0.55, 0.75, 0.92];

    private static readonly Attachment Enclosure = new() { Title = "Enclosure", Path = "enclosure" };

    private static IEnumerable<(string Name, byte[] Content)> Images()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SampleCases, "attachments")).Order(StringComparer.Ordinal)
                     .Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            yield return ("sample " + Path.GetFileName(file), File.ReadAllBytes(file));
        }

        yield return ("jpeg 1200x800 orientation 6", SyntheticPhotos.Jpeg(1200, 800, new ExifSpec { Orientation = 6 }));
        yield return ("jpeg 800x600 noisy", SyntheticPhotos.Jpeg(800, 600, noise: 40));
        yield return ("jpeg thumbnail", SyntheticPhotos.Thumbnail());
        yield return ("png 64x64", SyntheticPhotos.Png(64, 64));
        yield return ("png 900x700", SyntheticPhotos.Png(900, 700));
        yield return ("tiff grey LZW strips", Tiff(300, 200, tiled: false, Compression.LZW, samples: 1, bits: 8));
        yield return ("tiff RGB deflate tiles", Tiff(200, 150, tiled: true, Compression.DEFLATE, samples: 3, bits: 8));
        yield return ("tiff 1-bit CCITT G4", Tiff(640, 480, tiled: false, Compression.CCITTFAX4, samples: 1, bits: 1));
    }

    private static IEnumerable<(string Name, byte[] Content)> DamagedImages()
    {
        foreach (var (name, content) in Images())
        {
            foreach (var cut in Cuts)
            {
                var length = Math.Max(1, (int)(content.Length * cut));
                yield return (string.Create(CultureInfo.InvariantCulture, $"{name}, truncated at {cut:P1}"), content[..length]);
            }

            foreach (var at in Overwrites)
            {
                var damaged = (byte[])content.Clone();
                var start = (int)(content.Length * at);
                for (var i = start; i < Math.Min(damaged.Length, start + 32); i++)
                {
                    damaged[i] ^= (byte)(0x5A + i);
                }

                yield return (string.Create(CultureInfo.InvariantCulture, $"{name}, 32 bytes overwritten at {at:P0}"), damaged);
            }
        }
    }

    private static IEnumerable<TestCaseData> Every()
    {
        foreach (var (name, content) in Images().Concat(DamagedImages()))
        {
            yield return new TestCaseData(content).SetName("Same reading: " + name);
        }

        yield return new TestCaseData(SyntheticPhotos.PngHeaderDeclaring(20_000, 20_000)).SetName("Same reading: PNG header declaring 400 MP");
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SampleCases, "attachments"), "*.pdf").Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(File.ReadAllBytes(file)).SetName("Same reading: sample " + Path.GetFileName(file));
        }

        foreach (var data in AttachmentRefusalTests.Broken().Where(d => d.Arguments[1] is byte[]))
        {
            yield return new TestCaseData(data.Arguments[1]).SetName("Same reading: " + data.TestName);
        }

        foreach (var data in HostilePdfTests.Files())
        {
            yield return new TestCaseData(data.Arguments[1]).SetName("Same reading: hostile " + data.TestName);
        }
    }

    private static IEnumerable<TestCaseData> Damaged()
        => DamagedImages().Select(d => new TestCaseData(d.Content).SetName("Validate and packet agree: " + d.Name));

    [TestCaseSource(nameof(Every))]
    public void The_verify_only_reading_gives_the_packet_readings_findings_and_page_count(byte[] content)
    {
        var packet = new AttachmentIntake(AttachmentLimits.Default, PacketGeometry.Letter, greyscale: false).Read(Enclosure, 1, content);
        var verified = new AttachmentIntake(AttachmentLimits.Default, PacketGeometry.Letter, greyscale: false, buildPages: false).Read(Enclosure, 1, content);

        Assert.Multiple(() =>
        {
            Assert.That(verified.Findings.Select(f => (f.Code, f.Path, f.Message)), Is.EqualTo(packet.Findings.Select(f => (f.Code, f.Path, f.Message))), "findings");
            Assert.That(verified.Attachment is null, Is.EqualTo(packet.Attachment is null), "loaded in both or in neither");
            Assert.That(verified.Attachment?.Pages.Count, Is.EqualTo(packet.Attachment?.Pages.Count), "page count");
            Assert.That(verified.Attachment?.Format, Is.EqualTo(packet.Attachment?.Format), "format");
            Assert.That(verified.Attachment?.Pages.OfType<ImageAttachmentPage>() ?? [], Is.Empty, "no page image built by the verify-only reading");
        });
    }

    [Test]
    public void The_damaged_images_include_refused_and_accepted_files_of_every_format()
    {
        // Keeps the equivalence tests above meaningful: the damage reaches the decoders, not only the headers.
        var intake = new AttachmentIntake(AttachmentLimits.Default, PacketGeometry.Letter, greyscale: false, buildPages: false);
        var outcomes = DamagedImages().Select(d => (d.Name, Refused: intake.Read(Enclosure, 0, d.Content).Findings.Count > 0)).ToList();
        foreach (var format in new[] { ".tif", ".jpg", ".png" })
        {
            var sample = outcomes.Where(o => o.Name.StartsWith("sample ", StringComparison.Ordinal) && o.Name.Contains(format + ",", StringComparison.Ordinal)).ToList();
            Assert.That(sample.Count(o => o.Refused), Is.GreaterThan(0), format + " refused");
        }

        Assert.That(outcomes.Count(o => o.Refused && o.Name.Contains(", 32 bytes overwritten", StringComparison.Ordinal)), Is.GreaterThan(0), "overwritten data refused");
    }

    [Test]
    public void A_tiff_whose_strips_fail_to_decode_is_refused_not_merged_with_blank_rows()
    {
        // Nothing lost silently: LibTiff reads on past a strip it cannot decode (blank rows) unless told
        // to stop; both readings stop and refuse the page as damaged (PAK-ATT-013).
        var tiff = Tiff(640, 480, tiled: false, Compression.CCITTFAX4, samples: 1, bits: 1);
        var refusedAt = new List<double>();
        foreach (var at in new[] { 0.2, 0.3, 0.4, 0.5, 0.6 })
        {
            var damaged = (byte[])tiff.Clone();
            var start = (int)(tiff.Length * at);
            for (var i = start; i < start + 64; i++)
            {
                damaged[i] = 0x00; // a run of zero bits is no valid G4 code word
            }

            foreach (var buildPages in new[] { true, false })
            {
                var outcome = new AttachmentIntake(AttachmentLimits.Default, PacketGeometry.Letter, greyscale: false, buildPages: buildPages).Read(Enclosure, 1, damaged);
                if (outcome.Findings.Count > 0)
                {
                    Assert.That(outcome.Findings.Select(f => f.Code), Is.EqualTo(new[] { "PAK-ATT-013" }));
                    refusedAt.Add(at);
                }
            }
        }

        Assert.That(refusedAt, Has.Count.EqualTo(10), "every damaged copy is refused, by the packet's reading and by the verify-only one");
    }

    [TestCaseSource(nameof(Damaged))]
    public void Validate_and_the_packet_agree_on_a_damaged_image(byte[] content)
    {
        using var workspace = new PacketWorkspace();
        var good = workspace.Copy(Path.Combine(RepoPaths.SampleCases, "attachments", "clinic-notes-2026-11-02.pdf"));
        workspace.Add("damaged.img", content);
        var caseFile = workspace.Case(new Attachment { Title = "Clinic notes", Path = good }, new Attachment { Title = "Scan", Path = "damaged.img" });
        var generator = TestCases.Generator();

        var validate = generator.Validate(caseFile).Errors.Where(f => f.Code.StartsWith("PAK-ATT", StringComparison.Ordinal)).Select(f => (f.Code, f.Path, f.Message)).ToList();
        var packet = generator.RenderPacket(caseFile);
        var refused = packet.Report.Errors.Where(f => f.Code.StartsWith("PAK-ATT", StringComparison.Ordinal)).Select(f => (f.Code, f.Path, f.Message)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(validate, Is.EqualTo(refused), "validate reports exactly what refuses the packet");
            Assert.That(packet.Parts, validate.Count > 0 ? Is.Empty : Is.Not.Empty, "a packet exactly when validate is clean of attachment findings");
        });
    }

    /// <summary>A TIFF written with LibTiff.NET: a gradient with a diagonal, in strips of 16 rows or 64-pixel tiles.</summary>
    private static byte[] Tiff(int width, int height, bool tiled, Compression compression, int samples, int bits)
    {
        using var stream = new MemoryStream();
        using (var tiff = BitMiracle.LibTiff.Classic.Tiff.ClientOpen("fixture", "w", stream, new TiffStream()))
        {
            tiff.SetField(TiffTag.IMAGEWIDTH, width);
            tiff.SetField(TiffTag.IMAGELENGTH, height);
            tiff.SetField(TiffTag.SAMPLESPERPIXEL, samples);
            tiff.SetField(TiffTag.BITSPERSAMPLE, bits);
            tiff.SetField(TiffTag.PHOTOMETRIC, samples == 3 ? Photometric.RGB : bits == 1 ? Photometric.MINISWHITE : Photometric.MINISBLACK);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            tiff.SetField(TiffTag.COMPRESSION, compression);
            var rowBytes = ((width * samples * bits) + 7) / 8;
            byte[] Row(int y)
            {
                var row = new byte[rowBytes];
                for (var x = 0; x < width; x++)
                {
                    if (bits == 1)
                    {
                        if (Math.Abs(x - y) < 3 || (x / 40 + y / 40) % 2 == 0)
                        {
                            row[x / 8] |= (byte)(0x80 >> (x % 8));
                        }
                    }
                    else
                    {
                        for (var s = 0; s < samples; s++)
                        {
                            row[(x * samples) + s] = (byte)(Math.Abs(x - y) < 3 ? 0 : (x + (y * s)) & 0xFF);
                        }
                    }
                }

                return row;
            }

            if (tiled)
            {
                const int Tile = 64;
                tiff.SetField(TiffTag.TILEWIDTH, Tile);
                tiff.SetField(TiffTag.TILELENGTH, Tile);
                var tile = new byte[tiff.TileSize()];
                for (var ty = 0; ty < height; ty += Tile)
                {
                    for (var tx = 0; tx < width; tx += Tile)
                    {
                        Array.Clear(tile);
                        for (var y = 0; y < Tile && ty + y < height; y++)
                        {
                            var row = Row(ty + y);
                            var count = Math.Min(Tile, width - tx) * samples;
                            Array.Copy(row, tx * samples, tile, y * Tile * samples, count);
                        }

                        tiff.WriteTile(tile, tx, ty, 0, 0);
                    }
                }
            }
            else
            {
                tiff.SetField(TiffTag.ROWSPERSTRIP, 16);
                for (var y = 0; y < height; y++)
                {
                    tiff.WriteScanline(Row(y), y);
                }
            }

            tiff.WriteDirectory();
        }

        return stream.ToArray();
    }
}

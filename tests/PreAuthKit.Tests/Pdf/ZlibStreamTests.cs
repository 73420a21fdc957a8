using System.Buffers.Binary;
using System.IO.Compression;
using PreAuthKit.Tests.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PreAuthKit.Tests.Pdf;

/// <summary>Every compressed stream is a complete zlib stream (RFC 1950) whose Adler-32 matches its data.</summary>
public class ZlibStreamTests
{
    [Test]
    public void Every_flate_stream_of_every_sample_is_complete_zlib_with_a_correct_adler32()
    {
        Assert.That(SamplePdfs.Samples, Has.Count.GreaterThanOrEqualTo(6));
        var checkedStreams = 0;
        Assert.Multiple(() =>
        {
            foreach (var sample in SamplePdfs.Samples)
            {
                foreach (var (reference, data) in FlateStreams(sample.Pdf))
                {
                    Assert.That(StrictZlib.Check(data), Is.Null, $"{sample.Name}: object {reference}");
                    checkedStreams++;
                }
            }
        });
        Assert.That(checkedStreams, Is.GreaterThan(SamplePdfs.Samples.Count * 5), "page contents, fonts and CMaps are all compressed");
    }

    [Test]
    public void Every_stream_of_a_layout_with_pictures_is_complete_zlib()
    {
        var images = new FakeImageSource().Add("photo:1", 40, 30);
        var pdf = LayoutTest.ForFixture("long-synthetic.md").WithFurniture().WithImages(images).Pdf();

        var streams = FlateStreams(pdf).ToList();
        Assert.That(streams, Is.Not.Empty);
        Assert.That(streams.Select(s => StrictZlib.Check(s.Data)), Is.All.Null);
    }

    [Test]
    public void The_strict_check_rejects_a_stream_without_its_adler32_and_one_with_a_wrong_one()
    {
        var complete = Compress("Page 1 of 2"u8.ToArray());
        var truncated = complete[..^4];
        var wrong = (byte[])complete.Clone();
        wrong[^1] ^= 0x5A;

        Assert.Multiple(() =>
        {
            Assert.That(StrictZlib.Check(complete), Is.Null);
            Assert.That(StrictZlib.Check(truncated), Does.Contain("Adler-32"));
            Assert.That(StrictZlib.Check(wrong), Does.Contain("Adler-32"));
        });
    }

    [Test]
    public void Python_zlib_decompresses_every_flate_stream_of_every_sample()
    {
        var script = """
import sys, zlib, pypdf
bad = 0; total = 0
for path in sys.argv[1:]:
    r = pypdf.PdfReader(path)
    for num in range(1, int(r.trailer['/Size'])):
        try:
            o = r.get_object(num)
        except Exception:
            continue
        if isinstance(o, pypdf.generic.StreamObject) and o.get('/Filter') == '/FlateDecode':
            total += 1
            try:
                zlib.decompress(o._data)
            except zlib.error as e:
                bad += 1
                print(path, num, e)
print('streams', total, 'bad', bad)
sys.exit(1 if bad or not total else 0)
""";
        var result = ExternalTool.Run(ExternalTool.Python, ["-c", script, .. SamplePdfs.Samples.Select(s => s.Path)]);

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Stdout, Does.Match(@"streams [1-9]\d* bad 0"));
    }

    private static byte[] Compress(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }

    internal static IEnumerable<(string Reference, byte[] Data)> FlateStreams(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var structure = document.Structure;
        var result = new List<(string, byte[])>();
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (structure.GetObject(reference)?.Data is StreamToken stream
                && stream.StreamDictionary.TryGet(NameToken.Filter, out var filter)
                && filter is NameToken { Data: "FlateDecode" })
            {
                result.Add((reference.ToString(), stream.Data.ToArray()));
            }
        }

        return result;
    }
}

/// <summary>A strict zlib reader: header check, the deflate data must end, and the Adler-32 trailer must follow and match.</summary>
internal static class StrictZlib
{
    /// <summary>Null when the data is one complete, correct zlib stream; otherwise what is wrong.</summary>
    public static string? Check(byte[] data)
    {
        if (data.Length < 6)
        {
            return "too short for a zlib stream";
        }

        if ((data[0] & 0x0F) != 8 || ((data[0] << 8) | data[1]) % 31 != 0)
        {
            return "not a zlib header";
        }

        // .NET's ZLibStream does not insist on the trailer (it accepted PDFsharp's streams without one),
        // so inflate the raw deflate data and compare the last four bytes with the Adler-32 of the result.
        byte[] inflated;
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(data, 2, data.Length - 2), CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            inflated = output.ToArray();
        }
        catch (InvalidDataException e)
        {
            return "deflate data is corrupt: " + e.Message;
        }

        var expected = Adler32(inflated);
        var trailer = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(data.Length - 4));
        if (trailer != expected)
        {
            return $"Adler-32 trailer {trailer:X8} does not match the data ({expected:X8})";
        }

        return null;
    }

    public static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using PreAuthKit.Tests.Support;
using UglyToad.PdfPig.Tokens;

namespace PreAuthKit.Tests.Pdf;

/// <summary>
/// The archival option (PDF/A-2u). No PDF/A validator (veraPDF) is available here, so each clause
/// docs/pdf.md lists is checked on its own. The file has no object streams, so every dictionary is
/// plain text in the file and string checks see all of them.
/// </summary>
public partial class ArchivalTests
{
    private static readonly Lazy<byte[]> ArchivalPdf = new(() => TestCases.Generator(o => o.Archival = true)
        .RenderPreAuthorizationAsync(TestCases.BurnScarForearm()).GetAwaiter().GetResult().Pdf.ToArray());

    private static string Text => Encoding.Latin1.GetString(ArchivalPdf.Value);

    [Test]
    public void Clause_6_6_4_xmp_identifies_pdfa_2u_and_describes_the_pdfua_schema()
    {
        var xmp = Xmp(ArchivalPdf.Value);
        var document = new XmlDocument();
        document.LoadXml(xmp[xmp.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(xmp.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + 12)]);
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("pdfaid", "http://www.aiim.org/pdfa/ns/id/");
        ns.AddNamespace("pdfuaid", "http://www.aiim.org/pdfua/ns/id/");
        ns.AddNamespace("pdfaSchema", "http://www.aiim.org/pdfa/ns/schema#");

        Assert.Multiple(() =>
        {
            Assert.That(document.SelectSingleNode("//pdfaid:part", ns)?.InnerText, Is.EqualTo("2"));
            Assert.That(document.SelectSingleNode("//pdfaid:conformance", ns)?.InnerText, Is.EqualTo("U"));
            Assert.That(document.SelectSingleNode("//pdfuaid:part", ns)?.InnerText, Is.EqualTo("1"));
            Assert.That(document.SelectSingleNode("//pdfaSchema:namespaceURI", ns)?.InnerText, Is.EqualTo("http://www.aiim.org/pdfua/ns/id/"), "6.6.2.3: pdfuaid is not predefined in PDF/A-2, so it is described");
            Assert.That(xmp, Does.StartWith("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"), "6.6.2.2: packet header without bytes/encoding");
        });
    }

    [Test]
    public void The_default_output_is_not_identified_as_pdfa()
    {
        var plain = Encoding.Latin1.GetString(SamplePdfs.Samples.Single(s => s.Name == "burn-scar-forearm").Pdf);

        Assert.That(plain, Does.Not.Contain("pdfaid:part"));
        Assert.That(plain, Does.Not.Contain("/OutputIntents"));
    }

    [Test]
    public void Clause_6_6_3_info_dictionary_and_xmp_agree()
    {
        var xmp = Xmp(ArchivalPdf.Value);
        var text = Text;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("/Title(Pre-authorization request)"));
            Assert.That(xmp, Does.Contain("<rdf:li xml:lang=\"x-default\">Pre-authorization request</rdf:li>"), "Title = dc:title");
            Assert.That(text, Does.Contain("/Subject(Letter of medical necessity)"));
            Assert.That(xmp, Does.Contain("<rdf:li xml:lang=\"x-default\">Letter of medical necessity</rdf:li>"), "Subject = dc:description");
            Assert.That(text, Does.Contain("/Creator(PreAuthKit)"));
            Assert.That(xmp, Does.Contain("<xmp:CreatorTool>PreAuthKit</xmp:CreatorTool>"), "Creator = xmp:CreatorTool");
            Assert.That(text, Does.Contain("/Producer(PDFsharp 6.2.4)"));
            Assert.That(xmp, Does.Contain("<pdf:Producer>PDFsharp 6.2.4</pdf:Producer>"), "Producer = pdf:Producer");
            Assert.That(text, Does.Contain("/CreationDate(D:20261120120000+00'00')"));
            Assert.That(xmp, Does.Contain("<xmp:CreateDate>2026-11-20T12:00:00Z</xmp:CreateDate>"), "CreationDate = xmp:CreateDate");
            Assert.That(text, Does.Contain("/ModDate(D:20261120120000+00'00')"));
            Assert.That(xmp, Does.Contain("<xmp:ModifyDate>2026-11-20T12:00:00Z</xmp:ModifyDate>"), "ModDate = xmp:ModifyDate");
            Assert.That(text, Does.Not.Contain("/Author"), "no Author, so no dc:creator to match");
            Assert.That(xmp, Does.Not.Contain("dc:creator"));
        });
    }

    [Test]
    public void Clause_6_6_2_1_the_metadata_stream_is_not_filtered()
    {
        Assert.That(Text, Does.Match(@"<</Type/Metadata/Subtype/XML/Length \d+>>\s*stream"));
    }

    [Test]
    public void Clause_6_2_3_an_srgb_output_intent_with_the_embedded_profile()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(ArchivalPdf.Value);
        var structure = document.Structure;
        var catalog = structure.Catalog.CatalogDictionary;
        Assert.That(catalog.TryGet(NameToken.Create("OutputIntents"), out var intentsToken), Is.True);
        var intents = (ArrayToken)Resolve(structure, intentsToken)!;
        Assert.That(intents.Data, Has.Count.EqualTo(1));
        var intent = (DictionaryToken)Resolve(structure, intents.Data[0])!;
        var profile = (StreamToken)Resolve(structure, intent.Data["DestOutputProfile"])!;
        var bytes = Inflate(profile.Data.ToArray());
        var shipped = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "PreAuthKit", "Pdf", "Icc", "sRGB.icc"));

        Assert.Multiple(() =>
        {
            Assert.That(((NameToken)intent.Data["S"]).Data, Is.EqualTo("GTS_PDFA1"));
            Assert.That(((StringToken)intent.Data["OutputConditionIdentifier"]).Data, Is.EqualTo("sRGB IEC61966-2.1"));
            Assert.That(((NumericToken)profile.StreamDictionary.Data["N"]).Int, Is.EqualTo(3));
            Assert.That(bytes, Is.EqualTo(shipped));
            Assert.That(Encoding.ASCII.GetString(bytes, 16, 4), Is.EqualTo("RGB "));
            Assert.That(Encoding.ASCII.GetString(bytes, 36, 4), Is.EqualTo("acsp"));
            Assert.That(bytes[8], Is.LessThanOrEqualTo(4), "ICC version 4 or lower");
            Assert.That(File.Exists(Path.Combine(RepoPaths.Root, "src", "PreAuthKit", "Pdf", "Icc", "LICENSE-sRGB.txt")), Is.True, "the profile's licence ships beside it");
        });
    }

    [Test]
    public void Clause_6_2_8_no_image_is_interpolated()
    {
        Assert.That(Text, Does.Contain("/Subtype/Image"), "the sample has photographs");
        Assert.That(Text, Does.Not.Contain("/Interpolate"));
    }

    [Test]
    public void Clause_6_4_nothing_is_transparent()
    {
        var text = Text;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("/SMask"));
            Assert.That(text, Does.Not.Contain("/Transparency"), "no transparency groups");
            Assert.That(Regex.Matches(text, @"/(CA|ca)\s*([\d.]+)").Select(m => m.Groups[2].Value), Has.All.EqualTo("1"), "constant alpha is 1");
            Assert.That(text, Does.Not.Match(@"/BM\s*/(?!Normal)"), "no blend mode other than Normal");
        });
    }

    [Test]
    public void Clause_6_2_11_every_font_is_embedded_with_a_tounicode_map()
    {
        var path = Path.Combine(Path.GetTempPath(), $"preauthkit-archival-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, ArchivalPdf.Value);
        var fonts = ExternalTool.Run("pdffonts", path);
        File.Delete(path);

        var rows = fonts.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows, Has.All.Match(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes"), "embedded, subset, ToUnicode");
    }

    [Test]
    public void Clause_6_1_file_structure_header_trailer_and_streams()
    {
        var pdf = ArchivalPdf.Value;
        var text = Text;
        var path = Path.Combine(Path.GetTempPath(), $"preauthkit-archival-qpdf-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, pdf);
        var qpdf = ExternalTool.Run("qpdf", "--check", path);
        File.Delete(path);

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.ASCII.GetString(pdf, 0, 9), Is.EqualTo("%PDF-1.7\n"), "6.1.2 header");
            Assert.That(pdf.AsSpan(10, 4).ToArray(), Has.All.GreaterThanOrEqualTo((byte)128), "6.1.2 binary comment");
            Assert.That(text, Does.Match(@"trailer\s*<<.*/ID\s*\[<[0-9A-F]{32}><[0-9A-F]{32}>\]"), "6.1.3 file identifier");
            Assert.That(text, Does.Not.Contain("/Encrypt"), "6.1.3 no encryption");
            Assert.That(text, Does.Not.Contain("/LZWDecode"), "6.1.7.2 no LZW");
            Assert.That(text, Does.Not.Match(@"/F(Filter|DecodeParms)?\s*[(<]"), "6.1.7.1 no external streams");
            Assert.That(qpdf.ExitCode, Is.Zero, "6.1.7 every stream's /Length and the cross-reference table are right: " + qpdf.Output);
            Assert.That(text, Does.Not.Contain("/JavaScript").And.Not.Contain("/JS").And.Not.Contain("/Launch"), "6.5/6.6 no scripts or launch actions");
            Assert.That(text, Does.Not.Contain("/EmbeddedFiles"), "6.8 no embedded files");
        });
    }

    private static byte[] Inflate(byte[] data)
    {
        using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static IToken? Resolve(UglyToad.PdfPig.Structure structure, IToken? token)
        => token is IndirectReferenceToken reference ? structure.GetObject(reference.Data)?.Data : token;

    private static string Xmp(byte[] pdf)
    {
        var text = Encoding.UTF8.GetString(pdf);
        var start = text.IndexOf("<?xpacket begin=", StringComparison.Ordinal);
        var end = text.IndexOf("<?xpacket end=\"w\"?>", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0));
        return text[start..(end + 19)];
    }
}

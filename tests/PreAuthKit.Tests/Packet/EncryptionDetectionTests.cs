using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// Encryption is recognised by the trailer's <c>/Encrypt</c> entry with its value (a reference or a
/// dictionary), not by the word anywhere in the file: a plain record that prints the word is merged
/// with its text, an encrypted one is refused (<c>PAK-ATT-011</c>).
/// </summary>
public class EncryptionDetectionTests
{
    [Test]
    public void A_plain_pdf_that_prints_the_word_Encrypt_is_merged_with_its_text()
    {
        using var workspace = new PacketWorkspace();
        workspace.Add("spec-notes.pdf", HandMadePdfs.WithText("Key /Encrypt 5 0 and /Encrypt names the handler"));
        var caseFile = workspace.Case(new Attachment { Title = "Notes on the PDF specification", Path = "spec-notes.pdf" });
        var generator = TestCases.Generator();

        Assert.That(generator.Validate(caseFile).Findings.Where(f => f.Code.StartsWith("PAK-ATT", StringComparison.Ordinal)), Is.Empty);
        var packet = generator.RenderPacket(caseFile);
        Assert.That(packet.IsAssembled, Is.True, string.Join("; ", packet.Report.Errors));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(packet.Parts[0].Pdf.ToArray());
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.That(text, Does.Contain("names the handler"), "the enclosure's text is in the packet");
    }

    [Test]
    public void An_encrypt_entry_with_a_reference_or_a_dictionary_is_refused()
    {
        using var workspace = new PacketWorkspace();
        var plain = System.Text.Encoding.ASCII.GetString(HandMadePdfs.WithText("Plain page"));
        workspace.Add("by-reference.pdf", System.Text.Encoding.ASCII.GetBytes(plain.Replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 9 0 R", StringComparison.Ordinal)));
        workspace.Add("inline.pdf", System.Text.Encoding.ASCII.GetBytes(plain.Replace("/Root 1 0 R", "/Root 1 0 R /Encrypt << /Filter /Standard /V 1 >>", StringComparison.Ordinal)));
        var caseFile = workspace.Case(new Attachment { Title = "By reference", Path = "by-reference.pdf" }, new Attachment { Title = "Inline", Path = "inline.pdf" });

        var report = TestCases.Generator().Validate(caseFile);

        Assert.That(report.Errors.Select(f => (f.Code, f.Path)), Is.SupersetOf(new[] { ("PAK-ATT-011", "attachments[0].path"), ("PAK-ATT-011", "attachments[1].path") }));
    }
}

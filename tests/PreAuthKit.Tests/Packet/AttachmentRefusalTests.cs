using PreAuthKit.Model;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// Attachments that cannot be merged: validate reports each with its code and the attachment's
/// number, and the packet is refused with the same code (never a crash, never a partial packet).
/// </summary>
public class AttachmentRefusalTests
{
    private static readonly byte[] SamplePdf = File.ReadAllBytes(Path.Combine(RepoPaths.SampleCases, "attachments", "clinic-notes-2026-11-02.pdf"));

    internal static IEnumerable<TestCaseData> Broken()
    {
        yield return new TestCaseData("missing.pdf", null, "PAK-ATT-004").SetName("Missing file");
        yield return new TestCaseData("empty.pdf", Array.Empty<byte>(), "PAK-ATT-007").SetName("Zero-byte file");
        yield return new TestCaseData("notes.pdf", "Clinic notes as plain text"u8.ToArray(), "PAK-ATT-010").SetName("Text named .pdf");
        yield return new TestCaseData("notes.docx", "PK\u0003\u0004rest-of-zip"u8.ToArray(), "PAK-ATT-009").SetName("Word document");
        yield return new TestCaseData("truncated.pdf", SamplePdf[..(SamplePdf.Length / 2)], "PAK-ATT-012").SetName("Truncated PDF");
        yield return new TestCaseData("header-only.pdf", "%PDF-1.7\n%%EOF\n"u8.ToArray(), "PAK-ATT-012").SetName("PDF header only");
        yield return new TestCaseData("form.pdf", HandMadePdfs.WithFormField(), "PAK-ATT-016").SetName("Fillable form");
        yield return new TestCaseData("comment.pdf", HandMadePdfs.WithComment(), "PAK-ATT-016").SetName("Comment annotation");
        yield return new TestCaseData("no-pages.pdf", HandMadePdfs.WithNoPages(), "PAK-ATT-017").SetName("PDF without pages");
        yield return new TestCaseData("poster.pdf", HandMadePdfs.WithPageSize(5000, 5000), "PAK-ATT-015").SetName("Huge page");
        yield return new TestCaseData("scan.png", SyntheticPhotos.Png(64, 64)[..40], "PAK-ATT-013").SetName("Truncated PNG");
    }

    [TestCaseSource(nameof(Broken))]
    public void Validate_reports_it_and_the_packet_is_refused_with_the_same_code(string name, byte[]? content, string code)
    {
        using var workspace = new PacketWorkspace();
        var good = workspace.Copy(Path.Combine(RepoPaths.SampleCases, "attachments", "clinic-notes-2026-11-02.pdf"));
        if (content is not null)
        {
            workspace.Add(name, content);
        }

        var caseFile = workspace.Case(
            new Attachment { Title = "Clinic notes", Path = good },
            new Attachment { Title = "Therapy report", Path = name });
        var generator = TestCases.Generator();

        var report = generator.Validate(caseFile);
        var refusal = PacketAssert.Refused(generator.RenderPacket(caseFile));

        var expected = report.Errors.Where(f => f.Code.StartsWith("PAK-ATT", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(expected.Select(f => (f.Code, f.Path)), Is.EqualTo(new[] { (code, "attachments[1].path") }), "validate");
            Assert.That(expected[0].Message, Does.Match("^Attachment 2[ :]").And.Not.Contain(name), "named by number, not by file name");
            Assert.That(refusal.Report.Errors.Where(f => f.Code.StartsWith("PAK-ATT", StringComparison.Ordinal)).Select(f => (f.Code, f.Path)),
                Is.EqualTo(new[] { (code, "attachments[1].path") }), "packet");
        });
    }

    [Test]
    public void Encrypted_pdf_is_refused_with_its_own_code()
    {
        using var workspace = new PacketWorkspace();
        workspace.Copy(Path.Combine(RepoPaths.SampleCases, "attachments", "clinic-notes-2026-11-02.pdf"), "plain.pdf");
        ExternalTools.Make("qpdf", workspace.Folder, "--encrypt", "user", "owner", "256", "--", "plain.pdf", "locked.pdf");
        ExternalTools.Make("qpdf", workspace.Folder, "--encrypt", "", "owner", "256", "--", "plain.pdf", "owner-only.pdf");
        var caseFile = workspace.Case(
            new Attachment { Title = "Locked", Path = "locked.pdf" },
            new Attachment { Title = "Owner password only", Path = "owner-only.pdf" });
        var generator = TestCases.Generator();

        var report = generator.Validate(caseFile);
        var refusal = PacketAssert.Refused(generator.RenderPacket(caseFile));

        var expected = new[] { ("PAK-ATT-011", "attachments[0].path"), ("PAK-ATT-011", "attachments[1].path") };
        Assert.That(report.Errors.Select(f => (f.Code, f.Path)), Is.SupersetOf(expected));
        Assert.That(refusal.Report.Errors.Select(f => (f.Code, f.Path)), Is.SupersetOf(expected));
    }

    [Test]
    public void Attachment_outside_the_case_folder_is_refused()
    {
        using var workspace = new PacketWorkspace();
        var caseFile = workspace.Case(new Attachment { Title = "Elsewhere", Path = "../../etc/hostname" });
        Assert.That(TestCases.Generator().Validate(caseFile).Errors.Select(f => f.Code), Does.Contain("PAK-ATT-002"));
    }

    [Test]
    public void A_packet_needs_a_file_for_every_attachment_but_a_letter_does_not()
    {
        using var workspace = new PacketWorkspace();
        var caseFile = workspace.Case(new Attachment { Title = "Listed only" });
        var generator = TestCases.Generator();

        Assert.That(generator.Validate(caseFile).Errors.Select(f => f.Code), Does.Not.Contain("PAK-ATT-001"));
        var refusal = PacketAssert.Refused(generator.RenderPacket(caseFile));
        Assert.That(refusal.Report.Errors.Select(f => (f.Code, f.Path)), Does.Contain(("PAK-ATT-001", "attachments[0].path")));
    }

    [Test]
    public void Oversized_attachment_is_refused_before_it_is_read_whole()
    {
        using var workspace = new PacketWorkspace();
        using (var file = File.Create(Path.Combine(workspace.Folder, "big.pdf")))
        {
            file.SetLength((50L * 1024 * 1024) + 1);
        }

        var caseFile = workspace.Case(new Attachment { Title = "Big", Path = "big.pdf" });
        Assert.That(TestCases.Generator().Validate(caseFile).Errors.Select(f => f.Code), Does.Contain("PAK-ATT-008"));
    }

    [Test]
    public void Cover_sheet_needs_the_payers_fax_number()
    {
        var caseFile = TestCases.BurnScarForearm();
        caseFile = new PreAuthKit.CaseFiles.CaseFile(caseFile.Case with { Payer = caseFile.Case.Payer with { Fax = null } }, caseFile.BaseDirectory);
        var refusal = PacketAssert.Refused(TestCases.Generator().RenderPacket(caseFile, new PacketOptions { CoverSheet = true }));
        Assert.That(refusal.Report.Errors.Select(f => (f.Code, f.Path)), Does.Contain(("PAK-PKT-003", "payer.fax")));
    }
}

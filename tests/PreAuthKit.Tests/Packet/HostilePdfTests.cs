using PreAuthKit.Model;
using PreAuthKit.Packet;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Packet;

/// <summary>
/// Hostile PDFs (<see cref="HostilePdfs"/>, generated at test time) against the attachment intake:
/// each one is either merged with its text intact (read back with Poppler's pdftotext) or refused
/// with its coded finding naming attachment 2 by number, in validate and in the packet alike; never
/// a crash (a stack overflow would end this test run), never a hang, never a partial packet.
/// </summary>
public class HostilePdfTests
{
    /// <summary>What a hostile file must do: merge with its text, be refused with a given code, or either.</summary>
    public const string Merges = "merges";

    public const string MergesOrRefused = "merges or refused";

    internal static IEnumerable<TestCaseData> Files()
    {
        yield return new TestCaseData("plain", HostilePdfs.Plain(), Merges).SetName("Control: plain hand-made PDF");
        yield return new TestCaseData("deep-arrays", HostilePdfs.DeepNesting(100_000, dictionaries: false), "PAK-ATT-019").SetName("100k nested arrays");
        yield return new TestCaseData("deep-dicts", HostilePdfs.DeepNesting(100_000, dictionaries: true), "PAK-ATT-019").SetName("100k nested dictionaries");
        yield return new TestCaseData("deep-unclosed", HostilePdfs.DeepNesting(100_000, dictionaries: false, closed: false), "PAK-ATT-019").SetName("100k unclosed arrays");
        yield return new TestCaseData("deep-moderate", HostilePdfs.DeepNesting(40, dictionaries: false), Merges).SetName("40 nested arrays (within the limit)");
        yield return new TestCaseData("deep-objstm", HostilePdfs.DeepNestingInObjectStream(100_000), "PAK-ATT-019").SetName("100k nested arrays inside an object stream");
        yield return new TestCaseData("deep-objstm-predictor", HostilePdfs.DeepNestingInPredictedObjectStream(100_000), "PAK-ATT-019").SetName("100k nested arrays inside a PNG-predicted object stream");
        yield return new TestCaseData("objstm-chain", HostilePdfs.ObjectStreamBehindAFilterChain(), "PAK-ATT-019").SetName("Object stream behind a filter chain");
        yield return new TestCaseData("objects", HostilePdfs.HugeObjectCount(), "PAK-ATT-019").SetName("Object stream claiming 5 million objects");
        yield return new TestCaseData("kids-self", HostilePdfs.PageTreeNamingItself(), "PAK-ATT-019").SetName("Page tree listing itself in /Kids");
        yield return new TestCaseData("kids-loop", HostilePdfs.PageTreeLoopingThroughAnArray(), "PAK-ATT-019").SetName("Page tree looping through an indirect /Kids array");
        yield return new TestCaseData("parent-loop", HostilePdfs.PagesParentLoop(), Merges).SetName("Page tree root whose /Parent is itself");
        yield return new TestCaseData("page-parent-self", HostilePdfs.PageParentSelf(), Merges).SetName("Page whose /Parent is itself");
        yield return new TestCaseData("count-huge", HostilePdfs.CountHuge(), "PAK-ATT-014").SetName("Page tree claiming 2^31-1 pages");
        yield return new TestCaseData("prev-self", HostilePdfs.PrevPointingAtItself(), "PAK-ATT-019").SetName("Trailer /Prev pointing at its own section");
        yield return new TestCaseData("prev-loop", HostilePdfs.PrevLoopOfTwo(), "PAK-ATT-019").SetName("Two cross-reference sections whose /Prev point at each other");
        yield return new TestCaseData("length-huge", HostilePdfs.LengthSays(1_000_000_000), Merges).SetName("Stream /Length of 1 GB in a 600-byte file");
        // PDFsharp tries to allocate the declared length: merged where 2 GB can be allocated, else refused (PAK-ATT-019, memory).
        yield return new TestCaseData("length-int", HostilePdfs.LengthSays(int.MaxValue), MergesOrRefused).SetName("Stream /Length of int.MaxValue");
        yield return new TestCaseData("length-long", HostilePdfs.LengthSays(99_999_999_999), MergesOrRefused).SetName("Stream /Length beyond int");
        yield return new TestCaseData("length-short", HostilePdfs.LengthSays(5), MergesOrRefused).SetName("Stream /Length too short");
        yield return new TestCaseData("length-zero", HostilePdfs.LengthSays(0), MergesOrRefused).SetName("Stream /Length zero");
        foreach (var fraction in new[] { 0.1, 0.5, 0.8, 0.95, 0.99 })
        {
            yield return new TestCaseData($"truncated-{fraction}", HostilePdfs.Truncated(fraction), MergesOrRefused).SetName($"Truncated at {fraction:P0}");
        }

        yield return new TestCaseData("garbage", HostilePdfs.GarbageAfterEof(), Merges).SetName("Binary garbage after %%EOF");
        yield return new TestCaseData("objstm", HostilePdfs.WithObjectStream(), Merges).SetName("Page in an object stream, cross-reference stream");
        yield return new TestCaseData("xfa", HostilePdfs.XfaForm(), "PAK-ATT-016").SetName("XFA form");
        yield return new TestCaseData("acroform", HandMadePdfs.WithFormField(), "PAK-ATT-016").SetName("AcroForm with a filled-in field");
        yield return new TestCaseData("mediabox-huge", HostilePdfs.MediaBox("[0 0 14400 14400]"), "PAK-ATT-015").SetName("200-inch MediaBox");
        yield return new TestCaseData("mediabox-zero", HostilePdfs.MediaBox("[0 0 0 0]"), "PAK-ATT-012").SetName("Empty MediaBox");
        yield return new TestCaseData("mediabox-inverted", HostilePdfs.MediaBox("[612 792 0 0]"), "PAK-ATT-012").SetName("Inverted MediaBox");
        foreach (var degrees in new[] { 90, 180, 270, -90, 450 })
        {
            yield return new TestCaseData($"rotate-{degrees}", HostilePdfs.Rotated(degrees), Merges).SetName($"Page rotated {degrees} degrees");
        }

        yield return new TestCaseData("zero-pages", HandMadePdfs.WithNoPages(), "PAK-ATT-017").SetName("Zero pages");
        yield return new TestCaseData("count-without-kids", HostilePdfs.CountWithoutKids(), MergesOrRefused).SetName("/Count 3 with no kids");
    }

    [TestCaseSource(nameof(Files))]
    public void Each_hostile_file_merges_with_its_text_or_is_refused_with_a_code(string name, byte[] content, string expected)
    {
        using var workspace = new PacketWorkspace();
        var good = workspace.Copy(Path.Combine(RepoPaths.SampleCases, "attachments", "clinic-notes-2026-11-02.pdf"));
        var file = workspace.Add(name + ".pdf", content);
        var caseFile = workspace.Case(new Attachment { Title = "Clinic notes", Path = good }, new Attachment { Title = "Hostile", Path = file });
        var generator = TestCases.Generator();

        var validated = generator.Validate(caseFile).Errors.Where(f => f.Path.StartsWith("attachments", StringComparison.Ordinal)).ToList();
        var packet = generator.RenderPacket(caseFile);
        var refused = packet.Report.Errors.Where(f => f.Path.StartsWith("attachments", StringComparison.Ordinal)).ToList();

        Assert.That(refused.Select(f => (f.Code, f.Path)), Is.EqualTo(validated.Select(f => (f.Code, f.Path))), "validate predicts the packet");
        if (packet.IsAssembled)
        {
            Assert.That(expected, Is.EqualTo(Merges).Or.EqualTo(MergesOrRefused), $"{name} merged; expected {expected}");
            AssertTextKept(workspace, name, packet);
            return;
        }

        PacketAssert.Refused(packet);
        Assert.That(expected, Is.Not.EqualTo(Merges), $"{name} should merge; refused with {string.Join(", ", refused.Select(f => f.Code))}");
        Assert.That(refused, Has.Count.EqualTo(1), name);
        TestContext.Out.WriteLine($"{name}: {refused[0].Code} {refused[0].Message}");
        Assert.Multiple(() =>
        {
            Assert.That(refused[0].Path, Is.EqualTo("attachments[1].path"), "names the attachment");
            Assert.That(refused[0].Message, Does.StartWith("Attachment 2"), "by number");
            Assert.That(refused[0].Code, expected == MergesOrRefused ? Does.StartWith("PAK-ATT-0") : Is.EqualTo(expected));
        });
    }

    [TestCase("40", "")]
    [TestCase("128", "--use-aes=n")]
    [TestCase("128", "--use-aes=y")]
    [TestCase("256", "")]
    public void Encrypted_files_are_refused_with_and_without_a_user_password(string bits, string aes)
    {
        using var workspace = new PacketWorkspace();
        workspace.Add("plain.pdf", HostilePdfs.Plain());
        string[] extra = aes.Length > 0 ? [aes] : [];
        ExternalTools.Make("qpdf", workspace.Folder, ["--allow-weak-crypto", "--encrypt", "user", "owner", bits, .. extra, "--", "plain.pdf", "locked.pdf"]);
        ExternalTools.Make("qpdf", workspace.Folder, ["--allow-weak-crypto", "--encrypt", "", "owner", bits, .. extra, "--", "plain.pdf", "open.pdf"]);
        var caseFile = workspace.Case(new Attachment { Title = "Locked", Path = "locked.pdf" }, new Attachment { Title = "Owner password only", Path = "open.pdf" });
        var generator = TestCases.Generator();

        var expected = new[] { ("PAK-ATT-011", "attachments[0].path"), ("PAK-ATT-011", "attachments[1].path") };
        Assert.That(generator.Validate(caseFile).Errors.Select(f => (f.Code, f.Path)), Is.SupersetOf(expected));
        Assert.That(PacketAssert.Refused(generator.RenderPacket(caseFile)).Report.Errors.Select(f => (f.Code, f.Path)), Is.SupersetOf(expected));
    }

    [Test]
    public void The_pre_scan_accepts_the_real_world_shapes_and_refuses_each_hostile_one()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PdfStructureScan.Check(HostilePdfs.Plain()), Is.Null);
            Assert.That(PdfStructureScan.Check(HostilePdfs.WithObjectStream()), Is.Null);
            Assert.That(PdfStructureScan.Check(HostilePdfs.DeepNesting(PdfStructureScan.MaxNesting - 2, dictionaries: true)), Is.Null);
            Assert.That(PdfStructureScan.Check(HostilePdfs.DeepNesting(PdfStructureScan.MaxNesting + 1, dictionaries: true)), Does.Contain("nested more than 100"));
            Assert.That(PdfStructureScan.Check(HostilePdfs.PageTreeNamingItself()), Does.Contain("page tree refers back"));
            Assert.That(PdfStructureScan.Check(HostilePdfs.PageTreeLoopingThroughAnArray()), Does.Contain("page tree refers back"));
            Assert.That(PdfStructureScan.Check(HostilePdfs.PrevPointingAtItself()), Does.Contain("cross-reference"));
            Assert.That(PdfStructureScan.Check(HostilePdfs.PrevLoopOfTwo()), Does.Contain("cross-reference"));
            Assert.That(PdfStructureScan.Check(HostilePdfs.HugeObjectCount()), Does.Contain("objects"));
        });
    }

    [Test]
    public void A_parse_past_its_budget_is_a_coded_finding_and_its_worker_is_abandoned_not_awaited()
    {
        using var release = new ManualResetEventSlim(false);
        var before = PdfParseGuard.Abandoned;
        var (status, _) = PdfParseGuard.Run(() => release.Wait(TimeSpan.FromMinutes(5)), TimeSpan.FromMilliseconds(50));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(GuardStatus.TimedOut));
            Assert.That(PdfParseGuard.Abandoned, Is.EqualTo(before + 1), "the worker is still running, counted as abandoned");
        });

        release.Set();
        SpinWait.SpinUntil(() => PdfParseGuard.Abandoned == before, TimeSpan.FromMinutes(1));
        Assert.That(PdfParseGuard.Abandoned, Is.EqualTo(before), "an abandoned worker that ends is no longer counted");
    }

    [Test]
    public void While_too_many_workers_are_abandoned_new_work_is_refused_without_starting()
    {
        using var release = new ManualResetEventSlim(false);
        try
        {
            while (PdfParseGuard.Abandoned < PdfParseGuard.MaxAbandoned)
            {
                Assert.That(PdfParseGuard.Run(() => release.Wait(TimeSpan.FromMinutes(5)), TimeSpan.FromMilliseconds(10)).Status, Is.EqualTo(GuardStatus.TimedOut));
            }

            var started = false;
            var (status, _) = PdfParseGuard.Run(() => started = true, TimeSpan.FromMinutes(1));
            Assert.That((status, started), Is.EqualTo((GuardStatus.Busy, false)));
        }
        finally
        {
            release.Set();
            SpinWait.SpinUntil(() => PdfParseGuard.Abandoned == 0, TimeSpan.FromMinutes(1));
        }
    }

    [Test]
    public void Deep_recursion_that_would_overflow_a_default_stack_runs_on_the_guarded_thread()
    {
        // 200,000 frames need far more than the 1.5 MB of a thread-pool thread; the guard's 256 MB hold them.
        static int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);
        var (status, depth) = PdfParseGuard.Run(() => Depth(200_000), TimeSpan.FromMinutes(2));
        Assert.That((status, depth), Is.EqualTo((GuardStatus.Completed, 200_000)));
    }

    [Test]
    public void An_attachment_whose_read_exceeds_the_budget_is_refused_with_its_number()
    {
        // A zero budget times out before the worker starts (the guard's own timeout on running work is tested above).
        var limits = AttachmentLimits.Default with { ParseTimeout = TimeSpan.Zero };
        var intake = new AttachmentIntake(limits, PacketGeometry.Letter, greyscale: false);
        var outcome = intake.Read(new Attachment { Title = "Slow", Path = "slow.pdf" }, 2, HostilePdfs.Plain());
        Assert.That(outcome.Findings.Select(f => (f.Code, f.Path, f.Message[..12])), Is.EqualTo(new[] { ("PAK-ATT-020", "attachments[2].path", "Attachment 3") }));
    }

    [Test]
    public void The_packet_reads_each_attachment_once()
    {
        var opened = 0;
        var pdf = HostilePdfs.Plain();
        var @case = TestCases.BurnScarForearm().Case with { Attachments = [new Attachment { Title = "Notes", Path = "notes.pdf" }] };
        var photos = @case.Photos.Where(p => p.Path is not null).ToDictionary(p => p.Path!, p => ContentSource.FromFile(Path.Combine(RepoPaths.SampleCases, p.Path!)));
        photos["notes.pdf"] = ContentSource.FromStream(() =>
        {
            Interlocked.Increment(ref opened);
            return new MemoryStream(pdf, writable: false);
        });

        var packet = TestCases.Generator().RenderPacket(CaseInput.FromCase(@case, photos));

        Assert.That(packet.IsAssembled, Is.True, string.Join("; ", packet.Report.Errors.Select(f => f.Code)));
        Assert.That(opened, Is.EqualTo(1), "assessed and enclosed from one read");
    }

    private static void AssertTextKept(PacketWorkspace workspace, string name, SubmissionPacket packet)
    {
        var entry = packet.Index[1];
        var output = Path.Combine(workspace.Folder, name + ".packet.pdf");
        File.WriteAllBytes(output, packet.Parts.Single().Pdf.ToArray());
        var words = RealWorldCorpus.Split(string.Join(' ', ExternalTools.Words(output, entry.FirstPage, entry.LastPage)));
        Assert.That(words, Is.SupersetOf(HostilePdfs.Text.Split(' ')), $"{name}: the enclosure's text is kept");
        var (qpdf, _, errors) = ExternalTools.Run("qpdf", workspace.Folder, "--check", output);
        Assert.That(qpdf, Is.Zero, $"{name}: qpdf --check: {errors}");
    }
}
